package org.legalaid.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * MicroProfile Health liveness of a node (issue 20): the scheduled timers are there — the 6:00
 * deadline reminders, the hourly withdrawal and abandonment sweeps, the nightly funding rules and
 * the scheduler's heartbeat — at {@code /health/live} on the management port.
 */
@Liveness
@ApplicationScoped
public class TimersLivenessCheck implements HealthCheck {

    @Inject
    private HealthService health;

    @Override
    public HealthCheckResponse call() {
        HealthService.Probe p = health.probe();
        return HealthCheckResponse.named("legalaid-timers")
                .status(p.timersRunning())
                .withData("scheduled", p.scheduledTimers())
                .withData("expected", p.expectedTimers())
                .build();
    }
}
