package org.legalaid.web.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.legalaid.shared.boundary.HealthService;

/**
 * The application's MicroProfile Health checks (issue 20), listed by WildFly's
 * {@code microprofile-health-smallrye} subsystem (added by configure-server.cli) on the management
 * port beside the server's own: {@code /health/ready} — the balancer's check, so a node whose
 * database is gone or whose schema is not migrated gets no requests — and {@code /health/live}.
 * They are CDI beans of the web module (a bean archive), produced here so that each has its kind's
 * qualifier; every call asks {@link HealthService#probe()} afresh.
 */
@ApplicationScoped
public class ApplicationHealthChecks {

    @Inject
    private HealthService health;

    /** Ready: the database answers and Flyway's migrations are done, at this node's version. */
    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            HealthService.Probe p = health.probe();
            return HealthCheckResponse.named("legalaid-database")
                    .status(p.ready())
                    .withData("database", p.database() ? "UP" : "DOWN")
                    .withData("migrated", p.migrated())
                    .withData("schemaVersion", String.valueOf(p.schemaVersion()))
                    .withData("databaseVersion", String.valueOf(p.databaseVersion()))
                    .build();
        };
    }

    /** Alive: the scheduled timers (6:00 reminders, the hourly sweeps, the nightly funding rules) are there. */
    @Produces
    @Liveness
    HealthCheck timers() {
        return () -> {
            HealthService.Probe p = health.probe();
            return HealthCheckResponse.named("legalaid-timers")
                    .status(p.timersRunning())
                    .withData("scheduled", p.scheduledTimers())
                    .withData("expected", p.expectedTimers())
                    .build();
        };
    }
}
