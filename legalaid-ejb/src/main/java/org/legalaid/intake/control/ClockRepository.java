package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockReminder;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineCounts;
import org.legalaid.intake.DeadlineFilter;
import org.legalaid.intake.LimitUnit;
import org.legalaid.intake.StatutoryClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Storage of clock items and their reminders. "Open" is {@code openFlag = true}; "running" is open
 * and not paused. Overdue and due soon mean what {@link StatutoryClock#status} says: overdue once
 * the due moment has passed, due soon from two days before it up to and including it.
 */
@ApplicationScoped
public class ClockRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public ClockItem add(ClockItem item) {
        em.persist(item);
        return item;
    }

    /** The open item of a subject's step, if any (there is at most one). */
    public Optional<ClockItem> findOpen(String subjectType, long subjectId, ClockStep step) {
        return em.createQuery("select c from ClockItem c where c.subjectType = :type and c.subjectId = :id and c.step = :step"
                        + " and c.openFlag = true", ClockItem.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).setParameter("step", step)
                .getResultStream().findFirst();
    }

    /** Every item of a subject, oldest first. */
    public List<ClockItem> findFor(String subjectType, long subjectId) {
        return em.createQuery("select c from ClockItem c where c.subjectType = :type and c.subjectId = :id"
                        + " order by c.startedAt, c.id", ClockItem.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }

    /** The open items of several subjects of one type, oldest first: one query for a worklist. */
    public List<ClockItem> findOpenFor(String subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ClockItem c where c.subjectType = :type and c.subjectId in :ids"
                        + " and c.openFlag = true order by c.startedAt, c.id", ClockItem.class)
                .setParameter("type", subjectType).setParameter("ids", subjectIds).getResultList();
    }

    /** Running items of one step (or of every step when {@code step} is null) due at or before {@code moment}, earliest first. */
    public List<ClockItem> findRunningDueBefore(ClockStep step, LocalDateTime moment) {
        TypedQuery<ClockItem> q = em.createQuery("select c from ClockItem c where c.openFlag = true and c.pausedSince is null"
                + " and c.dueAt <= :moment" + (step == null ? "" : " and c.step = :step") + " order by c.dueAt, c.id", ClockItem.class)
                .setParameter("moment", moment);
        if (step != null) {
            q.setParameter("step", step);
        }
        return q.getResultList();
    }

    /** Open items whose due date depends on the holiday calendar. */
    public List<ClockItem> findOpenDependingOnCalendar() {
        return em.createQuery("select c from ClockItem c where c.openFlag = true"
                        + " and (c.limitUnit = :working or c.limitMovesOffRestDay = true)", ClockItem.class)
                .setParameter("working", LimitUnit.WORKING_DAYS).getResultList();
    }

    /** A page of the open items of some units, by due date. */
    public List<ClockItem> findPage(List<Long> unitIds, DeadlineFilter f, LocalDateTime now, int first, int max) {
        TypedQuery<ClockItem> q = em.createQuery("select c from ClockItem c where " + where(f)
                + " order by c.dueAt, c.id", ClockItem.class);
        bind(q, unitIds, f, now);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(List<Long> unitIds, DeadlineFilter f, LocalDateTime now) {
        TypedQuery<Long> q = em.createQuery("select count(c) from ClockItem c where " + where(f), Long.class);
        bind(q, unitIds, f, now);
        return q.getSingleResult();
    }

    /** How many items of these steps are open in the units (running or paused). */
    public long countOpen(List<Long> unitIds, java.util.Collection<ClockStep> steps) {
        return em.createQuery("select count(c) from ClockItem c where " + OPEN_IN_UNITS + " and c.step in :steps", Long.class)
                .setParameter("units", unitsOrNone(unitIds)).setParameter("open", true).setParameter("steps", steps)
                .getSingleResult();
    }

    /**
     * The dashboard's four figures in one pass over the open items (an index-only scan of
     * ix_clock_item_open_unit on PostgreSQL), not one count each: the home page is what every
     * sign-in lands on.
     */
    public DeadlineCounts counts(List<Long> unitIds, LocalDateTime now) {
        Object[] r = em.createQuery("select"
                        + " sum(case when " + condition(DeadlineFilter.Show.OVERDUE) + " then cast(1 as integer) else cast(0 as integer) end),"
                        + " sum(case when " + condition(DeadlineFilter.Show.DUE_SOON) + " then cast(1 as integer) else cast(0 as integer) end),"
                        + " sum(case when " + condition(DeadlineFilter.Show.PAUSED) + " then cast(1 as integer) else cast(0 as integer) end),"
                        + " count(c)"
                        + " from ClockItem c where " + OPEN_IN_UNITS, Object[].class)
                .setParameter("units", unitsOrNone(unitIds))
                .setParameter("open", true)
                .setHint("eclipselink.jdbc.bind-parameters", "true")
                .setParameter("now", now)
                .setParameter("soon", now.plus(StatutoryClock.DUE_SOON_WINDOW))
                .getSingleResult();
        long paused = asLong(r[2]);
        return new DeadlineCounts(asLong(r[0]), asLong(r[1]), paused, asLong(r[3]) - paused);
    }

    /** The units to match; an empty list matches none (IN () is no valid SQL). */
    private static List<Long> unitsOrNone(List<Long> unitIds) {
        return unitIds.isEmpty() ? List.of(-1L) : unitIds;
    }

    /** A SUM over no rows is null. */
    private static long asLong(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }

    /**
     * The open items of the units. {@link #counts} binds its values explicitly (a query with CASE in
     * its select list is otherwise sent with its values written in, and EclipseLink writes
     * {@code true} as {@code 1} for H2, which H2 refuses for a BOOLEAN column) and casts its 1 and 0
     * (H2 cannot sum untyped parameters); the flag is a parameter in every query alike.
     */
    private static final String OPEN_IN_UNITS = "c.unitId in :units and c.openFlag = :open";

    /** What an open item must meet to be shown as overdue, due soon, paused or (any) open. */
    private static String condition(DeadlineFilter.Show show) {
        return switch (show) {
            case OVERDUE -> "c.pausedSince is null and c.dueAt < :now";
            case DUE_SOON -> "c.pausedSince is null and c.dueAt >= :now and c.dueAt <= :soon";
            case PAUSED -> "c.pausedSince is not null";
            case OPEN -> "c.openFlag = :open";
        };
    }

    // Fixed fragments only; every value is a parameter.
    private static String where(DeadlineFilter f) {
        StringBuilder w = new StringBuilder(OPEN_IN_UNITS);
        if (f.show() != DeadlineFilter.Show.OPEN) {
            w.append(" and ").append(condition(f.show()));
        }
        if (f.step() != null) {
            w.append(" and c.step = :step");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, List<Long> unitIds, DeadlineFilter f, LocalDateTime now) {
        q.setParameter("units", unitsOrNone(unitIds));
        q.setParameter("open", true);
        if (f.show() == DeadlineFilter.Show.OVERDUE || f.show() == DeadlineFilter.Show.DUE_SOON) {
            q.setParameter("now", now);
        }
        if (f.show() == DeadlineFilter.Show.DUE_SOON) {
            q.setParameter("soon", now.plus(StatutoryClock.DUE_SOON_WINDOW));
        }
        if (f.step() != null) {
            q.setParameter("step", f.step());
        }
    }

    // ----- reminders -----

    /**
     * How many items of the steps the units completed in [from, to) and how many of them in time (one
     * aggregate; for the institution inspection's scorecard).
     */
    public long[] countCompleted(Collection<Long> unitIds, Collection<ClockStep> steps, LocalDateTime from, LocalDateTime to) {
        if (unitIds.isEmpty() || steps.isEmpty()) {
            return new long[] {0, 0};
        }
        Object[] r = em.createQuery("select count(c), sum(case when c.late = false then 1 else 0 end) from ClockItem c"
                        + " where c.unitId in :units and c.step in :steps and c.completedAt >= :from and c.completedAt < :to",
                        Object[].class)
                .setParameter("units", unitIds).setParameter("steps", steps).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new long[] {r[0] == null ? 0 : ((Number) r[0]).longValue(), r[1] == null ? 0 : ((Number) r[1]).longValue()};
    }

    public ClockReminder addReminder(ClockReminder r) {
        em.persist(r);
        return r;
    }

    /** Ids of the items already reminded of on {@code day}. */
    public Set<Long> findRemindedOn(LocalDate day) {
        return new HashSet<>(em.createQuery("select r.itemId from ClockReminder r where r.remindedOn = :day", Long.class)
                .setParameter("day", day).getResultList());
    }

    /** The day of the latest reminder of each of the items that has one. */
    public Map<Long, LocalDate> findLastReminders(Collection<Long> itemIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (itemIds.isEmpty()) {
            return last;
        }
        List<Object[]> rows = em.createQuery("select r.itemId, max(r.remindedOn) from ClockReminder r where r.itemId in :ids"
                + " group by r.itemId", Object[].class).setParameter("ids", itemIds).getResultList();
        for (Object[] row : rows) {
            last.put(((Number) row[0]).longValue(), (LocalDate) row[1]);
        }
        return last;
    }
}
