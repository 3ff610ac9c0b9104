package org.legalaid.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date when the application is deployed, before any other start-up bean
 * runs (they declare {@code @DependsOn("SchemaMigrator")}). Flyway owns the schema; JPA generates
 * nothing. Common scripts run everywhere; {@code db/migration/<vendor>} holds what only one
 * database can do (the append-only trigger on PostgreSQL).
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself.
 */
@Singleton
@Startup
@PermitAll // runs at deployment, no caller
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MigrationLocations.forProduct(databaseProduct()))
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "legalaid schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }

    private String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }

    /** The schema version now in force, for the health check. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
