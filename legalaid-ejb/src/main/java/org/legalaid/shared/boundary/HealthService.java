package org.legalaid.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.SchedulerHeartbeat;
import org.legalaid.shared.control.SchemaMigrator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The application's own health: for administrators the detailed snapshot ({@link #check()}), for
 * WildFly's MicroProfile Health checks — which the balancer and the administrators read on the
 * management port, without a caller — the bare probe ({@link #probe()}, issue 20).
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

    /**
     * The scheduled timers of the application's module, by their {@code @Schedule} info: the 6:00
     * deadline reminders (DeadlineReminders), the hourly withdrawal sweep (WithdrawalJob, LAL art. 43),
     * the complaints' abandonment sweep (AbandonmentJob), the nightly funding rules and the
     * scheduler's heartbeat (every minute).
     */
    static final Set<String> SCHEDULED_TIMERS = Set.of("deadline reminders", "withdrawal sweep",
            "complaint abandonment sweep", "funding rules", SchedulerHeartbeat.INFO);

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
     * What a node must have to serve (issue 20): the database answers, Flyway's migrations all
     * succeeded and the database is at the version this node migrated to (a node of an older release
     * beside a newer schema is not ready), and the scheduled timers are there.
     *
     * @param database          a query answered
     * @param migrated          migrations done: none failed, the database at this node's version
     * @param schemaVersion     this node's schema version (none before its migrator ran)
     * @param databaseVersion   the latest successful version in the database's history
     * @param scheduledTimers   the scheduled timers of {@link #SCHEDULED_TIMERS} this node knows
     * @param expectedTimers    how many there must be
     */
    public record Probe(boolean database, boolean migrated, String schemaVersion, String databaseVersion,
                        int scheduledTimers, int expectedTimers) {

        /** Ready to take requests: database reachable and migrated. */
        public boolean ready() {
            return database && migrated;
        }

        /** Alive: every scheduled timer is there (the 6:00 reminders and the sweeps run). */
        public boolean timersRunning() {
            return scheduledTimers == expectedTimers;
        }
    }

    /** The probe, open to every caller (the health checks have none); it tells nothing but states and versions. */
    @PermitAll
    public Probe probe() {
        boolean database;
        String databaseVersion = null;
        long failed = 0;
        try {
            failed = ((Number) em.createNativeQuery("select count(*) from flyway_schema_history where not success")
                    .getSingleResult()).longValue();
            @SuppressWarnings("unchecked")
            List<Object> versions = em.createNativeQuery("select version from flyway_schema_history"
                    + " where success and version is not null order by installed_rank desc")
                    .setMaxResults(1).getResultList();
            databaseVersion = versions.isEmpty() ? null : String.valueOf(versions.get(0));
            database = true;
        } catch (PersistenceException e) {
            database = false;
        }
        String own = migrator.schemaVersion();
        boolean migrated = database && own != null && failed == 0 && own.equals(databaseVersion);
        Set<String> found = new HashSet<>();
        for (Timer t : timerService.getAllTimers()) {
            if (t.isCalendarTimer() && t.isPersistent() && SCHEDULED_TIMERS.contains(String.valueOf(t.getInfo()))) {
                found.add(String.valueOf(t.getInfo()));
            }
        }
        return new Probe(database, migrated, own, databaseVersion, found.size(), SCHEDULED_TIMERS.size());
    }
}
