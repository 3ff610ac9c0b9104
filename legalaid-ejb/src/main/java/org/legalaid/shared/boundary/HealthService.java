package org.legalaid.shared.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.SchemaMigrator;

import java.time.Clock;
import java.time.OffsetDateTime;

/** The application's own health, for administrators: database reachable, schema version. */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class HealthService {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private SchemaMigrator migrator;

    @Inject
    private Clock clock;

    /**
     * A snapshot of health.
     *
     * @param status        UP when every check passed
     * @param database      UP when a query answered
     * @param databaseName  the database product, as the driver names it
     * @param schemaVersion the Flyway version in force
     * @param checkedAt     when
     */
    public record Health(String status, String database, String databaseName, String schemaVersion, OffsetDateTime checkedAt) {
    }

    public Health check() {
        String db;
        String product = "";
        try {
            em.createNativeQuery("select 1").getSingleResult();
            db = "UP";
            product = em.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName();
        } catch (PersistenceException | java.sql.SQLException e) {
            db = "DOWN";
        }
        return new Health("UP".equals(db) ? "UP" : "DOWN", db, product, migrator.schemaVersion(), OffsetDateTime.now(clock));
    }
}
