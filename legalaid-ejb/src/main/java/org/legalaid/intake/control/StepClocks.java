package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The statutory clocks of the intake steps (issue 3, "Statutory clocks"), for the intake services
 * to call inside their own transaction ({@code MANDATORY}: a clock changes together with the step
 * it times, or not at all). Each method acts on the one open item of a subject's step; those
 * that find none return empty, so that a service may, for instance, complete a clock that was
 * never started for data that predates the engine.
 *
 * <p>The limit is the step's {@link org.legalaid.intake.TimeLimitSetting} at the start (a
 * snapshot kept with the item); the holiday calendar is the {@link org.legalaid.intake.CalendarDay}
 * rows at the moment of computing. Every change is audited as {@code ClockItem}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StepClocks {

    private static final String CLOCK_ITEM = "ClockItem";

    @Inject
    private ClockRepository clocks;

    @Inject
    private TimeLimitRepository limits;

    @Inject
    private CalendarRepository calendar;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * Starts the clock of a subject's step.
     *
     * @param unitId       the unit whose deadline list shows it
     * @param subjectType  what the subject is, e.g. {@code "Application"} (at most 40 characters)
     * @param subjectId    its id
     * @param subjectLabel what lists show, e.g. {@code "FY-2026-0001 王秀兰"} (at most 100 characters)
     * @param step         the step
     * @param startedAt    the event the period counts from, China Standard Time
     * @throws BusinessException {@code intake.clock.alreadyOpen} when the subject's step already has
     *                           an open clock (the database refuses a second one too)
     */
    public ClockItem start(long unitId, String subjectType, long subjectId, String subjectLabel, ClockStep step,
                           LocalDateTime startedAt) {
        if (clocks.findOpen(subjectType, subjectId, step).isPresent()) {
            throw new BusinessException("intake.clock.alreadyOpen", step.labelKey(), subjectLabel);
        }
        return open(unitId, subjectType, subjectId, subjectLabel, step, startedAt);
    }

    /**
     * Starts the clock of a subject's step on a limit given by the caller rather than the step's
     * setting: a period that the law leaves to the notice (the deadline a complaint handler sets for
     * missing information, MoJ order 149 art. 12) or that remains of a longer one (the 60 days of
     * art. 23 after an extension or a merged complaint).
     *
     * @see #start
     */
    public ClockItem start(long unitId, String subjectType, long subjectId, String subjectLabel, ClockStep step,
                           LocalDateTime startedAt, org.legalaid.intake.TimeLimit limit) {
        if (clocks.findOpen(subjectType, subjectId, step).isPresent()) {
            throw new BusinessException("intake.clock.alreadyOpen", step.labelKey(), subjectLabel);
        }
        ClockItem item = clocks.add(new ClockItem(unitId, subjectType, subjectId, subjectLabel, step, startedAt,
                limit, calendar.deadlineCalendar()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, CLOCK_ITEM, item.getId(), step + " of " + subjectType + " " + subjectId
                + ": started " + startedAt + ", limit " + item.limit().amount() + " " + item.limit().unit() + ", due " + item.getDueAt()));
        return item;
    }

    /**
     * Starts a clock of a subject created in this same transaction (an application just
     * received): it can have no open clock yet, so none is looked for — a query, and the flush
     * of the transaction's new rows before it, saved on the busiest path of intake. The
     * database's unique index on open items still refuses a second one.
     *
     * @see #start
     */
    public ClockItem startForNew(long unitId, String subjectType, long subjectId, String subjectLabel, ClockStep step,
                                 LocalDateTime startedAt) {
        return open(unitId, subjectType, subjectId, subjectLabel, step, startedAt);
    }

    private ClockItem open(long unitId, String subjectType, long subjectId, String subjectLabel, ClockStep step,
                           LocalDateTime startedAt) {
        ClockItem item = clocks.add(new ClockItem(unitId, subjectType, subjectId, subjectLabel, step, startedAt,
                limits.limitFor(step), calendar.deadlineCalendar()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, CLOCK_ITEM, item.getId(), step + " of " + subjectType + " " + subjectId
                + ": started " + startedAt + ", limit " + item.limit().amount() + " " + item.limit().unit() + ", due " + item.getDueAt()));
        return item;
    }

    /** Stops the clock (e.g. the one written list of missing materials went out, LAL art. 43). */
    public Optional<ClockItem> pause(String subjectType, long subjectId, ClockStep step, LocalDateTime at) {
        return change(subjectType, subjectId, step, item -> item.pause(at), "paused at " + at);
    }

    /** Starts the clock again; the due date moves by the pause (see {@link ClockItem#resume}). */
    public Optional<ClockItem> resume(String subjectType, long subjectId, ClockStep step, LocalDateTime at) {
        DeadlineCalendar days = calendar.deadlineCalendar();
        return change(subjectType, subjectId, step, item -> item.resume(at, days), "resumed at " + at);
    }

    /** The step is done; the item records whether late. */
    public Optional<ClockItem> complete(String subjectType, long subjectId, ClockStep step, LocalDateTime at) {
        return change(subjectType, subjectId, step, item -> item.complete(at), "completed at " + at);
    }

    /** The step fell away (e.g. the application was withdrawn or deemed withdrawn). */
    public Optional<ClockItem> cancel(String subjectType, long subjectId, ClockStep step, LocalDateTime at) {
        return change(subjectType, subjectId, step, item -> item.cancel(at), "cancelled at " + at);
    }

    private Optional<ClockItem> change(String subjectType, long subjectId, ClockStep step, Consumer<ClockItem> rule,
                                       String what) {
        Optional<ClockItem> open = clocks.findOpen(subjectType, subjectId, step);
        open.ifPresent(item -> {
            LocalDateTime before = item.getDueAt();
            rule.accept(item);
            String due = before.equals(item.getDueAt()) ? "" : ", due " + before + " → " + item.getDueAt();
            String late = item.getLate() == null ? "" : (item.getLate() ? ", late" : ", in time");
            audit.fire(AuditEvent.of(AuditAction.UPDATE, CLOCK_ITEM, item.getId(), step + " " + what + due + late));
        });
        return open;
    }

    /** The open items of several subjects of one type, oldest first (for a worklist). */
    public List<ClockItem> findOpenFor(String subjectType, java.util.Collection<Long> subjectIds) {
        return clocks.findOpenFor(subjectType, subjectIds);
    }

    /** Every item of a subject, open or closed, oldest first (for its timeline). */
    public List<ClockItem> findFor(String subjectType, long subjectId) {
        return clocks.findFor(subjectType, subjectId);
    }

    /**
     * The running (open, not paused) items of a step due at or before {@code moment}, earliest
     * first: e.g. the periods for supplying materials that have run out, for the job that deems
     * those applications withdrawn (LAL art. 43).
     */
    public List<ClockItem> findRunningDueBefore(ClockStep step, LocalDateTime moment) {
        return clocks.findRunningDueBefore(step, moment);
    }

    /**
     * Counts the open items whose due date depends on the holiday calendar again, after an
     * administrator changed it; audited per item that moved.
     *
     * @return how many due dates moved
     */
    public int recountOnCalendar() {
        DeadlineCalendar days = calendar.deadlineCalendar();
        int moved = 0;
        for (ClockItem item : clocks.findOpenDependingOnCalendar()) {
            LocalDateTime before = item.getDueAt();
            if (item.recompute(days)) {
                moved++;
                audit.fire(AuditEvent.of(AuditAction.UPDATE, CLOCK_ITEM, item.getId(), item.getStep()
                        + " recounted on the changed holiday calendar, due " + before + " → " + item.getDueAt()));
            }
        }
        return moved;
    }
}
