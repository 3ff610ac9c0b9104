package org.legalaid.web.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.legalaid.shared.boundary.HealthService;

/**
 * MicroProfile Health readiness ({@code /health/ready} on the management port): this node may take
 * requests when the database answers and its schema is the one this deployment migrated it to. The
 * load balancer of a cluster sends no user to a node that is not ready (issue 20).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    private HealthService health;

    @Override
    public HealthCheckResponse call() {
        HealthService.Probe p = health.probe();
        return HealthCheckResponse.named("legalaid-database")
                .status(p.databaseUp() && p.migrationsDone())
                .withData("database", p.databaseUp() ? "UP" : "DOWN")
                .withData("schemaVersion", String.valueOf(p.schemaVersion()))
                .withData("databaseVersion", p.databaseVersion())
                .withData("migrationsDone", p.migrationsDone())
                .build();
    }
}
