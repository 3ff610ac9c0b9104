package org.legalaid.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.SchemaMigrator;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The application's own health: for administrators ({@link #check}, {@code GET /api/v1/health}) and,
 * without a caller, for MicroProfile Health's readiness and liveness on the management interface
 * ({@link #probe}), which the load balancer and the administrators of a cluster read (issue 20).
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class HealthService {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private SchemaMigrator migrator;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timerService;

    /** A scheduled timer whose time passed this long ago without running means the timer service is stuck. */
    static final Duration TIMER_GRACE = Duration.ofMinutes(5);

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

    /**
     * What the server's health probes ask, with no caller: whether the database answers, whether
     * its schema is the one this application migrated it to (the last successful migration in
     * Flyway's history is this deployment's version and none failed), and the application's
     * scheduled timers — present, and none overdue by more than {@link #TIMER_GRACE}.
     *
     * @param databaseUp      a query answered
     * @param schemaVersion   the version this deployment migrated to
     * @param databaseVersion the last successful migration the database records ("" when unknown)
     * @param migrationsDone  the two agree and no migration failed
     * @param timers          the scheduled timers, "info → next timeout"
     * @param timersRunning   at least one timer is scheduled and none is overdue
     */
    public record Probe(boolean databaseUp, String schemaVersion, String databaseVersion, boolean migrationsDone,
                        List<String> timers, boolean timersRunning) {
    }

    @PermitAll
    public Probe probe() {
        boolean up;
        String dbVersion = "";
        boolean failed = true;
        try {
            em.createNativeQuery("select 1").getSingleResult();
            up = true;
            List<?> last = em.createNativeQuery("select version from flyway_schema_history where success and version is not null"
                    + " order by installed_rank desc").setMaxResults(1).getResultList();
            dbVersion = last.isEmpty() ? "" : String.valueOf(last.get(0));
            failed = ((Number) em.createNativeQuery("select count(*) from flyway_schema_history where not success")
                    .getSingleResult()).longValue() > 0;
        } catch (PersistenceException e) {
            up = false;
        }
        String version = migrator.schemaVersion();
        List<String> timers = new ArrayList<>();
        boolean overdue = false;
        Date late = Date.from(clock.instant().minus(TIMER_GRACE));
        try {
            for (Timer t : timerService.getAllTimers()) {
                if (!t.isCalendarTimer()) {
                    continue;
                }
                Date next = t.getNextTimeout();
                timers.add(t.getInfo() + " → " + next.toInstant());
                overdue |= next.before(late);
            }
        } catch (IllegalStateException | EJBException e) {
            // a timer cancelled or running while it is read: seen again at the next probe
        }
        return new Probe(up, version, dbVersion, up && !failed && version != null && version.equals(dbVersion),
                List.copyOf(timers), !timers.isEmpty() && !overdue);
    }
}
