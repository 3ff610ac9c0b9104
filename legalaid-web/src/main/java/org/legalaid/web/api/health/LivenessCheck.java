package org.legalaid.web.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.legalaid.shared.boundary.HealthService;

/**
 * MicroProfile Health liveness ({@code /health/live} on the management port): the application's
 * scheduled timers (deadline reminders, withdrawal and abandonment sweeps, funding rules) are
 * scheduled and none is overdue — a node whose timer service is stuck is restarted. The database
 * is not part of it: restarting a node does not bring a database back (that is readiness).
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Inject
    private HealthService health;

    @Override
    public HealthCheckResponse call() {
        HealthService.Probe p = health.probe();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("legalaid-timers").status(p.timersRunning());
        for (int i = 0; i < p.timers().size(); i++) {
            b.withData("timer" + (i + 1), p.timers().get(i));
        }
        return b.build();
    }
}
