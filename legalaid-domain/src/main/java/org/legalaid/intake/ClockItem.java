package org.legalaid.intake;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One running statutory clock: a {@link ClockStep} of one subject (an application, an objection,
 * a case …, named by type and id because it belongs to whichever context owns it), with the
 * moment it started and the moment it is due (docs/domain.md, "Case lifecycle"). Times are China
 * Standard Time wall-clock times ({@link org.legalaid.shared.ChinaTime}), the time the law
 * counts in.
 *
 * <p><b>The limit is a snapshot.</b> The {@link TimeLimit} in force when the clock starts is
 * copied into the item: an administrator who later changes a step's limit changes the clocks
 * started afterwards, never the running ones (whose applicants and staff were told a date).
 *
 * <p><b>Pauses.</b> While the clock stands still ({@link #pause}, e.g. while the missing
 * materials of the one written list are awaited, LAL art. 43) the item is {@link ClockState#PAUSED}:
 * it is neither overdue nor due soon, and {@link #getDueAt()} keeps the date it had when the clock
 * stopped. {@link #resume} records the pause and recomputes the due date from the start, the
 * limit and every pause with {@link DeadlineCalendar} (so a day-counted limit moves by the days
 * the pause covered). The pauses are kept for as long as the item.
 *
 * <p><b>The holiday calendar is a fact, not a setting.</b> When an administrator enters or removes a
 * day, the open items whose limit depends on it (working days, or a last day moved off a rest
 * day) are counted again on the new calendar ({@link #recompute}).
 *
 * <p><b>Closing.</b> {@link #complete} records whether the step was late (done after the due
 * date); {@link #cancel} closes a step that fell away and is never late. An item closed while
 * paused has its pause recorded up to the closing moment; its due date is not recomputed (its
 * clock never ran again), and it was late only if its time had run out before the clock stopped.
 *
 * <p><b>Status.</b> {@link #status} is the {@link DeadlineStatus} of a running item, and
 * {@code null} for a paused or closed one, whose due date is not running: screens show
 * {@link #state()} for those.
 *
 * <p>At most one item per subject and step is open: the database enforces it with a unique key
 * over {@code open_flag}, which is {@code TRUE} while open and {@code NULL} once closed (NULLs
 * never collide in a unique key, on PostgreSQL as on H2).
 */
@Entity
@Table(name = "clock_item")
public class ClockItem implements Serializable {

    public static final int SUBJECT_TYPE_MAX = 40;
    public static final int SUBJECT_LABEL_MAX = 100;

    @Id
    @SequenceGenerator(name = "clock_item_seq", sequenceName = "clock_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clock_item_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "subject_type", nullable = false, updatable = false, length = SUBJECT_TYPE_MAX)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "subject_label", nullable = false, updatable = false, length = SUBJECT_LABEL_MAX)
    private String subjectLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, updatable = false, length = 40)
    private ClockStep step;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "limit_amount", nullable = false, updatable = false)
    private int limitAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit", nullable = false, updatable = false, length = 20)
    private LimitUnit limitUnit;

    @Column(name = "limit_moves_off_rest_day", nullable = false, updatable = false)
    private boolean limitMovesOffRestDay;

    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;

    @Column(name = "paused_since")
    private LocalDateTime pausedSince;

    @ElementCollection
    @CollectionTable(name = "clock_pause", joinColumns = @JoinColumn(name = "clock_item_id"))
    @OrderBy("pausedFrom")
    private List<PausePeriod> pauses = new ArrayList<>();

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "late")
    private Boolean late;

    /** TRUE while open, NULL once closed: the key of "one open item per subject and step". */
    @Column(name = "open_flag")
    private Boolean openFlag = Boolean.TRUE;

    protected ClockItem() {
        // for JPA
    }

    /**
     * Starts a clock.
     *
     * @param unitId       the unit whose list shows it (the subject's unit)
     * @param subjectType  what the subject is, e.g. {@code Application}
     * @param subjectId    its id
     * @param subjectLabel what lists show, e.g. an application number and the applicant's name
     * @param step         the step
     * @param startedAt    the event the period counts from (e.g. receipt of the application)
     * @param limit        the limit in force now, kept with the item
     * @param calendar     the holiday calendar in force now
     * @throws IllegalArgumentException for a blank or overlong type or label (a programming error)
     */
    public ClockItem(long unitId, String subjectType, long subjectId, String subjectLabel, ClockStep step,
                     LocalDateTime startedAt, TimeLimit limit, DeadlineCalendar calendar) {
        this.unitId = unitId;
        this.subjectType = text(subjectType, SUBJECT_TYPE_MAX, "subjectType");
        this.subjectId = subjectId;
        this.subjectLabel = text(subjectLabel, SUBJECT_LABEL_MAX, "subjectLabel");
        this.step = Objects.requireNonNull(step, "step");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.limitAmount = limit.amount();
        this.limitUnit = limit.unit();
        this.limitMovesOffRestDay = limit.lastDayMovesOffRestDay();
        this.dueAt = calendar.due(startedAt, limit).endsAt();
    }

    private static String text(String value, int max, String name) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " characters: " + value);
        }
        return value.strip();
    }

    // ----- rules -----

    /**
     * Stops the clock at {@code at}.
     *
     * @throws BusinessException {@code intake.clock.closed} when the item is closed,
     *                           {@code intake.clock.alreadyPaused} when it is paused, and
     *                           {@code intake.clock.beforeLastEvent} when {@code at} is before its
     *                           start or its last pause
     */
    public void pause(LocalDateTime at) {
        requireOpen();
        if (pausedSince != null) {
            throw new BusinessException("intake.clock.alreadyPaused", step.labelKey(), subjectLabel);
        }
        requireNotBeforeLastEvent(at);
        pausedSince = at;
    }

    /**
     * Starts the clock again at {@code at}: the pause is recorded and the due date recomputed from
     * the start, the limit kept at the start and every pause, on {@code calendar}.
     *
     * @throws BusinessException {@code intake.clock.closed}, {@code intake.clock.notPaused}, or
     *                           {@code intake.clock.beforeLastEvent} when {@code at} is before
     *                           the pause began
     */
    public void resume(LocalDateTime at, DeadlineCalendar calendar) {
        requireOpen();
        if (pausedSince == null) {
            throw new BusinessException("intake.clock.notPaused", step.labelKey(), subjectLabel);
        }
        requireNotBeforeLastEvent(at);
        pauses.add(new PausePeriod(new Pause(pausedSince, at)));
        pausedSince = null;
        dueAt = calendar.due(startedAt, limit(), pauses()).endsAt();
    }

    /**
     * The step is done at {@code at}: late when after the due date (or, for a paused item, when
     * its time had run out before the clock stopped).
     *
     * @throws BusinessException {@code intake.clock.closed} or {@code intake.clock.beforeLastEvent}
     */
    public void complete(LocalDateTime at) {
        requireOpen();
        requireNotBeforeLastEvent(at);
        late = pausedSince == null ? at.isAfter(dueAt) : pausedSince.isAfter(dueAt);
        endPause(at);
        completedAt = at;
        openFlag = null;
    }

    /**
     * The step fell away at {@code at} (e.g. the application was withdrawn). Never late.
     *
     * @throws BusinessException {@code intake.clock.closed} or {@code intake.clock.beforeLastEvent}
     */
    public void cancel(LocalDateTime at) {
        requireOpen();
        requireNotBeforeLastEvent(at);
        endPause(at);
        cancelledAt = at;
        openFlag = null;
    }

    /** Whether the due date depends on the holiday calendar (working days, or a last day moved off a rest day). */
    public boolean dependsOnCalendar() {
        return limitUnit == LimitUnit.WORKING_DAYS || limitMovesOffRestDay;
    }

    /**
     * Counts the due date again on a changed holiday calendar, from the start, the limit and the
     * finished pauses (a paused item thus gets the date it had when its clock stopped, on the new
     * calendar).
     *
     * @return whether the due date moved
     * @throws BusinessException {@code intake.clock.closed} for a closed item
     */
    public boolean recompute(DeadlineCalendar calendar) {
        requireOpen();
        LocalDateTime before = dueAt;
        dueAt = calendar.due(startedAt, limit(), pauses()).endsAt();
        return !dueAt.equals(before);
    }

    private void endPause(LocalDateTime at) {
        if (pausedSince != null) {
            pauses.add(new PausePeriod(new Pause(pausedSince, at)));
            pausedSince = null;
        }
    }

    private void requireOpen() {
        if (!state().isOpen()) {
            throw new BusinessException("intake.clock.closed", step.labelKey(), subjectLabel);
        }
    }

    private void requireNotBeforeLastEvent(LocalDateTime at) {
        Objects.requireNonNull(at, "at");
        LocalDateTime last = startedAt;
        if (pausedSince != null && pausedSince.isAfter(last)) {
            last = pausedSince;
        }
        for (PausePeriod p : pauses) {
            if (p.getPausedUntil().isAfter(last)) {
                last = p.getPausedUntil();
            }
        }
        if (at.isBefore(last)) {
            throw new BusinessException("intake.clock.beforeLastEvent", at, last);
        }
    }

    /** Where the item stands. */
    public ClockState state() {
        if (completedAt != null) {
            return ClockState.COMPLETED;
        }
        if (cancelledAt != null) {
            return ClockState.CANCELLED;
        }
        return pausedSince == null ? ClockState.RUNNING : ClockState.PAUSED;
    }

    public boolean isOpen() {
        return state().isOpen();
    }

    /**
     * The status at {@code now} of a running item (two-day due-soon window,
     * {@link StatutoryClock#status}); {@code null} for a paused or closed item, whose due date is
     * not running.
     */
    public DeadlineStatus status(LocalDateTime now) {
        return state() == ClockState.RUNNING ? StatutoryClock.status(deadline(), now) : null;
    }

    /** The limit this item runs on (the one in force when it started). */
    public TimeLimit limit() {
        return new TimeLimit(limitAmount, limitUnit, limitMovesOffRestDay);
    }

    /** The due date with its limit, e.g. for the screen's "last day". */
    public Deadline deadline() {
        return new Deadline(dueAt, limit());
    }

    /** This clock as another context may show it: a copy of its step, due date and state. */
    public ClockReading reading() {
        return new ClockReading(step, deadline(), state(), late);
    }

    /** The finished pauses, oldest first. */
    public List<Pause> pauses() {
        return pauses.stream().map(PausePeriod::pause).toList();
    }

    // ----- read access -----

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public ClockStep getStep() {
        return step;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    /** The moment the period ends (for a limit in days, 00:00 after its last day, see {@link Deadline}). */
    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public LocalDateTime getPausedSince() {
        return pausedSince;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    /** Whether a completed step was done after its due date; null until completed, and for a cancelled one. */
    public Boolean getLate() {
        return late;
    }
}
