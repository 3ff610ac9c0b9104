package org.legalaid.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health readiness of a node (issue 20): the database answers and Flyway's migrations
 * are done, at this node's version. Listed by WildFly's {@code microprofile-health-smallrye}
 * subsystem (configure-server.cli) at {@code /health/ready} on the management port — the balancer's
 * check, so a node without its database gets no requests. A CDI bean of the EJB module: WildFly
 * looks for the checks of an EAR with the bean manager that sees the EJB module, not the web module.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    private HealthService health;

    @Override
    public HealthCheckResponse call() {
        HealthService.Probe p = health.probe();
        return HealthCheckResponse.named("legalaid-database")
                .status(p.ready())
                .withData("database", p.database() ? "UP" : "DOWN")
                .withData("migrated", p.migrated())
                .withData("schemaVersion", String.valueOf(p.schemaVersion()))
                .withData("databaseVersion", String.valueOf(p.databaseVersion()))
                .build();
    }
}
