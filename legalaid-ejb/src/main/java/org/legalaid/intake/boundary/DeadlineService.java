package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.CalendarDay;
import org.legalaid.intake.CalendarDayKind;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineCounts;
import org.legalaid.intake.DeadlineEntry;
import org.legalaid.intake.DeadlineFilter;
import org.legalaid.intake.LimitUnit;
import org.legalaid.intake.TimeLimitSetting;
import org.legalaid.intake.control.CalendarRepository;
import org.legalaid.intake.control.ClockRepository;
import org.legalaid.intake.control.StepClocks;
import org.legalaid.intake.control.TimeLimitRepository;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Statutory deadlines (issue 3, "Statutory clocks"): the staff who handle steps see the open clock
 * items of their units — overdue, due within two days, paused — and the dashboard counts them (the
 * finance roles too: a subsidy is paid within its time limit of the archive, 及时足额支付); the
 * administrator maintains the data the clocks run on: the time limit of each step and the holiday
 * calendar. Every change of those is audited.
 */
@Stateless
@RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR,
        Roles.BUREAU_SUPERVISOR, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.COMPLAINT_HANDLER})
public class DeadlineService {

    private static final String SETTING = "TimeLimitSetting";
    private static final String CALENDAR_DAY = "CalendarDay";

    @Inject
    private ClockRepository clocks;

    @Inject
    private TimeLimitRepository limits;

    @Inject
    private CalendarRepository calendar;

    @Inject
    private StepClocks stepClocks;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    // ----- the deadline list and the dashboard -----

    /**
     * A page of the open items of the caller's units that the filter selects, earliest due date
     * first, each with its status now and its last reminder.
     */
    public List<DeadlineEntry> findDeadlines(@NotNull DeadlineFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<ClockItem> items = clocks.findPage(organisation.findUnitIdsInScope(), filter, now, first, max);
        Map<Long, LocalDate> reminders = clocks.findLastReminders(items.stream().map(ClockItem::getId).toList());
        return items.stream().map(i -> new DeadlineEntry(i, i.status(now), reminders.get(i.getId()))).toList();
    }

    public long countDeadlines(@NotNull DeadlineFilter filter) {
        return clocks.count(organisation.findUnitIdsInScope(), filter, LocalDateTime.now(clock));
    }

    /** Overdue, due-soon, paused and running items of the caller's units, for the dashboard. */
    public DeadlineCounts countOpen() {
        return clocks.counts(organisation.findUnitIdsInScope(), LocalDateTime.now(clock));
    }

    /** How many steps were completed in a period, and how many of them in time. */
    public record StepTimeliness(long completed, long inTime) implements java.io.Serializable {
    }

    /**
     * How many items of the steps a unit of the caller's scope and the units under it completed from {@code
     * from} to {@code to} (both days included), and how many in time — for the institution inspection's
     * scorecard (quality context; seed 002 "依法受理…及时指派": decided within 7 days, LAL art. 43; assigned within
     * 3, LAL art. 36, 44). Two numbers, no record; nothing for a unit outside the caller's scope.
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public StepTimeliness countCompletedInTime(long unitId, @NotNull java.util.Set<ClockStep> steps, @NotNull LocalDate from,
                                               @NotNull LocalDate to) {
        long[] r = clocks.countCompleted(organisation.findUnitIdsInSubtree(unitId), steps, from.atStartOfDay(),
                to.plusDays(1).atStartOfDay());
        return new StepTimeliness(r[0], r[1]);
    }

    // ----- time limits (administrator) -----

    /** The limit of every step, in the order of the steps. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<TimeLimitSetting> findTimeLimits() {
        return limits.findAll();
    }

    /**
     * Changes a step's limit, as the administrator saw it at {@code expectedVersion}. Clocks started
     * afterwards run on it; running ones keep theirs.
     *
     * @throws BusinessException {@code intake.deadline.amountNotPositive} (below 1),
     *                           {@code intake.clock.limitTooLong} (above 365),
     *                           {@code intake.clock.onlyDaysMoveOffRestDay}, {@code error.staleData}
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public TimeLimitSetting changeTimeLimit(@NotNull ClockStep step, int amount, @NotNull LimitUnit unit,
                                            boolean lastDayMovesOffRestDay, long expectedVersion) {
        String by = organisation.getCaller().getUsername();
        OffsetDateTime now = OffsetDateTime.now(clock);
        TimeLimitSetting s = limits.find(step).orElseGet(() -> limits.add(new TimeLimitSetting(step, by, now)));
        if (s.getVersion() != expectedVersion) {
            throw new BusinessException("error.staleData");
        }
        String before = describe(s);
        s.change(amount, unit, lastDayMovesOffRestDay, by, now);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, SETTING, step, before + " → " + describe(s)));
        return s;
    }

    /**
     * The {@code n}-th working day after {@code day} on the holiday calendar in force (the State
     * Council's holidays and adjusted working weekends as entered here), for other contexts' due dates
     * — reporting's reports due on the 5th/10th/15th working day after their period (seed 003).
     */
    @RolesAllowed(Roles.STAFF)
    public LocalDate workingDayAfter(@NotNull LocalDate day, @Min(0) @Max(366) int n) {
        org.legalaid.intake.HolidayCalendar days = calendar.holidayCalendar();
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = days.nextWorkingDayAfter(d);
        }
        return d;
    }

    private static String describe(TimeLimitSetting s) {
        return s.getAmount() + " " + s.getUnit() + (s.isLastDayMovesOffRestDay() ? " (last day off rest days)" : "");
    }

    // ----- holiday calendar (administrator) -----

    /** The holidays and adjusted working days entered for a year, in date order. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<CalendarDay> findCalendarDays(@Min(1949) @Max(2999) int year) {
        return calendar.findYear(year);
    }

    /**
     * Enters a day from the State Council's notice. Open clocks counted in working days are
     * counted again on the new calendar.
     *
     * @throws BusinessException {@code intake.calendar.dayAlreadyEntered} for a date already in the
     *                           calendar; {@code intake.calendar.adjustedWorkingDayNotWeekend} for an
     *                           adjusted working day that is a weekday
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public CalendarDay addCalendarDay(@NotNull LocalDate date, @NotNull CalendarDayKind kind,
                                      @NotBlank @Size(max = CalendarDay.NAME_MAX) @PlainText String name) {
        if (calendar.findByDate(date).isPresent()) {
            throw new BusinessException("intake.calendar.dayAlreadyEntered", date);
        }
        CalendarDay day = calendar.add(new CalendarDay(date, kind, name, organisation.getCaller().getUsername(),
                OffsetDateTime.now(clock)));
        int moved = stepClocks.recountOnCalendar();
        audit.fire(AuditEvent.of(AuditAction.CREATE, CALENDAR_DAY, day.getId(), date + " " + kind + " " + day.getName()
                + "; " + moved + " open clocks recounted"));
        return day;
    }

    /** Removes a day entered by mistake; open clocks counted in working days are counted again. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void removeCalendarDay(long id) {
        CalendarDay day = calendar.find(id).orElseThrow(() -> new NotFoundException(CALENDAR_DAY, id));
        String what = day.getDate() + " " + day.getKind() + " " + day.getName();
        calendar.remove(day);
        int moved = stepClocks.recountOnCalendar();
        audit.fire(AuditEvent.of(AuditAction.DELETE, CALENDAR_DAY, id, what + "; " + moved + " open clocks recounted"));
    }
}
