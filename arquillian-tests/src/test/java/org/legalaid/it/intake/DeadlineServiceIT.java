package org.legalaid.it.intake;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.intake.CalendarDay;
import org.legalaid.intake.CalendarDayKind;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockState;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineCounts;
import org.legalaid.intake.DeadlineEntry;
import org.legalaid.intake.DeadlineFilter;
import org.legalaid.intake.DeadlineStatus;
import org.legalaid.intake.LimitUnit;
import org.legalaid.intake.TimeLimit;
import org.legalaid.intake.TimeLimitSetting;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.intake.control.DeadlineReminders;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Role;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statutory clock engine on the real server: clocks started, paused and resumed by the intake
 * services (through {@link ClockFixtures}, in a transaction as they do), the time limits and the
 * holiday calendar as data the administrator keeps, the unit-scoped deadline list and the daily
 * reminders. Clocks that are not about "now" start in a far-off year of the test's own, so that
 * neither the seeded 2026 holidays nor other tests' calendar days touch them.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Statutory clocks (LAL art. 43): due dates, pauses, working days, settings, unit-scoped list, daily reminders")
class DeadlineServiceIT {

    private static final String SUBJECT = "TestSubject";
    private static final AtomicLong SUBJECTS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DeadlineServiceIT.class, ClockFixtures.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private ClockFixtures clocks;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private DeadlineReminders reminders;

    private Fixtures.Tree tree;
    private As admin;
    private As clerkA;
    private As clerkB;
    private As reviewer;
    /** The first Monday of March of a year of this test's own (2100–2899). */
    private LocalDate monday;

    @BeforeEach
    void staff() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        fixtures.account(tree.user("clerka"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("clerkb"), tree.districtB(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("reviewer"), tree.centre(), pw, Role.REVIEWER);
        admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        clerkA = As.user(tree.user("clerka"), Role.INTAKE_CLERK);
        clerkB = As.user(tree.user("clerkb"), Role.INTAKE_CLERK);
        reviewer = As.user(tree.user("reviewer"), Role.REVIEWER);
        int year = ThreadLocalRandom.current().nextInt(2100, 2900);
        monday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static long newSubject() {
        return SUBJECTS.incrementAndGet();
    }

    private ClockItem start(As who, long unitId, long subject, ClockStep step, LocalDateTime at) throws Exception {
        return who.call(() -> clocks.start(unitId, SUBJECT, subject, "测试事项 " + subject, step, at));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ChinaTime.ZONE);
    }

    private TimeLimitSetting setting(ClockStep step) throws Exception {
        return admin.call(deadlines::findTimeLimits).stream().filter(s -> s.getStep() == step).findFirst().orElseThrow();
    }

    /** Changes a setting for a test and puts the default back afterwards, whatever happens. */
    private void withLimit(ClockStep step, TimeLimit limit, As.ThrowingRunnable test) throws Exception {
        TimeLimitSetting before = setting(step);
        admin.call(() -> deadlines.changeTimeLimit(step, limit.amount(), limit.unit(), limit.lastDayMovesOffRestDay(), before.getVersion()));
        try {
            test.run();
        } finally {
            TimeLimitSetting changed = setting(step);
            TimeLimit d = step.defaultLimit();
            admin.call(() -> deadlines.changeTimeLimit(step, d.amount(), d.unit(), d.lastDayMovesOffRestDay(), changed.getVersion()));
        }
    }

    @Test
    @DisplayName("an application received on a Monday is due by the end of the next Monday (7 days, LAL art. 43)")
    void startingAClockComputesItsDueDate() throws Exception {
        long subject = newSubject();
        ClockItem item = start(clerkA, tree.districtA().id(), subject, ClockStep.DECIDE_APPLICATION, monday.atTime(9, 30));
        assertEquals(monday.plusDays(8).atStartOfDay(), item.getDueAt());
        assertEquals(TimeLimit.calendarDays(7), item.limit());
        List<ClockItem> all = clerkA.call(() -> clocks.findFor(SUBJECT, subject));
        assertEquals(1, all.size());
        assertEquals(ClockState.RUNNING, all.get(0).state());
        BusinessException twice = assertThrows(BusinessException.class,
                () -> start(clerkA, tree.districtA().id(), subject, ClockStep.DECIDE_APPLICATION, monday.atTime(10, 0)));
        assertEquals("intake.clock.alreadyOpen", twice.messageKey());
    }

    @Test
    @DisplayName("waiting 3 days for missing materials (补正) moves the due date by 3 days; completing on it is in time")
    void pauseAndResumeMoveTheDueDateByThePausedDays() throws Exception {
        long subject = newSubject();
        ClockItem started = start(clerkA, tree.districtA().id(), subject, ClockStep.DECIDE_APPLICATION, monday.atTime(9, 0));
        clerkA.call(() -> clocks.pause(SUBJECT, subject, ClockStep.DECIDE_APPLICATION, monday.plusDays(2).atTime(10, 0))).orElseThrow();
        ClockItem resumed = clerkA.call(() -> clocks.resume(SUBJECT, subject, ClockStep.DECIDE_APPLICATION,
                monday.plusDays(5).atTime(15, 0))).orElseThrow();
        assertEquals(started.getDueAt().plusDays(3), resumed.getDueAt());
        ClockItem done = clerkA.call(() -> clocks.complete(SUBJECT, subject, ClockStep.DECIDE_APPLICATION,
                started.getDueAt().plusDays(3).minusMinutes(1))).orElseThrow();
        assertFalse(done.getLate());
        assertTrue(clerkA.call(() -> clocks.complete(SUBJECT, subject, ClockStep.DECIDE_APPLICATION, now())).isEmpty(),
                "no open clock left to complete");
        assertEquals(1, clerkA.call(() -> clocks.findFor(SUBJECT, subject)).get(0).pauses().size(), "the pause is kept");
    }

    @Test
    @DisplayName("a limit in working days skips a holiday the administrator enters, for running clocks and new ones")
    void aWorkingDaysLimitSkipsAnAdministratorEnteredHoliday() throws Exception {
        LocalDate wednesday = monday.plusDays(2);
        withLimit(ClockStep.CLOSING_REVIEW, TimeLimit.workingDays(5), () -> {
            long running = newSubject();
            ClockItem before = start(clerkA, tree.districtA().id(), running, ClockStep.CLOSING_REVIEW, monday.atTime(9, 0));
            assertEquals(monday.plusDays(8).atStartOfDay(), before.getDueAt(), "Tue–Fri and Monday: last day the next Monday");
            CalendarDay holiday = admin.call(() -> deadlines.addCalendarDay(wednesday, CalendarDayKind.HOLIDAY, "测试假日"));
            try {
                long later = newSubject();
                ClockItem after = start(clerkA, tree.districtA().id(), later, ClockStep.CLOSING_REVIEW, monday.atTime(9, 0));
                assertEquals(monday.plusDays(9).atStartOfDay(), after.getDueAt(), "the Wednesday off: last day Tuesday");
                assertEquals(after.getDueAt(), clerkA.call(() -> clocks.findFor(SUBJECT, running)).get(0).getDueAt(),
                        "the running clock was counted again on the new calendar");
                assertTrue(admin.call(() -> deadlines.findCalendarDays(monday.getYear())).stream()
                        .anyMatch(d -> d.getDate().equals(wednesday) && d.getKind() == CalendarDayKind.HOLIDAY));
            } finally {
                admin.run(() -> deadlines.removeCalendarDay(holiday.getId()));
            }
            assertEquals(monday.plusDays(8).atStartOfDay(), clerkA.call(() -> clocks.findFor(SUBJECT, running)).get(0).getDueAt(),
                    "removing the day counts it as a working day again");
        });
    }

    @Test
    @DisplayName("a changed time limit applies to clocks started afterwards; running clocks keep theirs")
    void changingASettingAffectsOnlyClocksStartedAfterwards() throws Exception {
        long earlier = newSubject();
        ClockItem running = start(clerkA, tree.districtA().id(), earlier, ClockStep.SUPPLY_MATERIALS, monday.atTime(9, 0));
        assertEquals(monday.plusDays(16).atStartOfDay(), running.getDueAt(), "15 days by default");
        withLimit(ClockStep.SUPPLY_MATERIALS, TimeLimit.calendarDays(10), () -> {
            long later = newSubject();
            ClockItem after = start(clerkA, tree.districtA().id(), later, ClockStep.SUPPLY_MATERIALS, monday.atTime(9, 0));
            assertEquals(monday.plusDays(11).atStartOfDay(), after.getDueAt());
            ClockItem kept = clerkA.call(() -> clocks.findFor(SUBJECT, earlier)).get(0);
            assertEquals(TimeLimit.calendarDays(15), kept.limit());
            assertEquals(monday.plusDays(16).atStartOfDay(), kept.getDueAt());
            assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'TimeLimitSetting'"
                    + " and e.entityId = 'SUPPLY_MATERIALS' and e.summary like '15 CALENDAR_DAYS → 10 CALENDAR_DAYS%'"
                    + " and e.actor = '" + tree.user("admin") + "'"), "the change is audited");
        });
        assertEquals(TimeLimit.calendarDays(15), setting(ClockStep.SUPPLY_MATERIALS).limit());
    }

    @Test
    @DisplayName("the overdue list and counts are the caller's units only: a district B clerk never sees district A's items")
    void theOverdueListIsUnitScoped() throws Exception {
        long overdue = newSubject();
        LocalDateTime now = now();
        start(clerkA, tree.districtA().id(), overdue, ClockStep.DECIDE_APPLICATION, now.minusDays(10));
        long paused = newSubject();
        start(clerkA, tree.districtA().id(), paused, ClockStep.DECIDE_APPLICATION, now.minusDays(10));
        clerkA.call(() -> clocks.pause(SUBJECT, paused, ClockStep.DECIDE_APPLICATION, now.minusDays(9)));
        DeadlineFilter overdueOnly = new DeadlineFilter(DeadlineFilter.Show.OVERDUE, null);

        List<DeadlineEntry> seenByA = clerkA.call(() -> deadlines.findDeadlines(overdueOnly, 0, 50));
        assertEquals(List.of(overdue), seenByA.stream().map(e -> e.item().getSubjectId()).toList(),
                "the paused item is not overdue");
        assertEquals(DeadlineStatus.OVERDUE, seenByA.get(0).status());
        assertEquals(new DeadlineCounts(1, 0, 1, 1), clerkA.call(deadlines::countOpen));

        assertEquals(List.of(), clerkB.call(() -> deadlines.findDeadlines(overdueOnly, 0, 50)));
        assertEquals(0, clerkB.call(() -> deadlines.countDeadlines(DeadlineFilter.all())));
        assertEquals(new DeadlineCounts(0, 0, 0, 0), clerkB.call(deadlines::countOpen));

        List<DeadlineEntry> pausedSeen = reviewer.call(() -> deadlines.findDeadlines(
                new DeadlineFilter(DeadlineFilter.Show.PAUSED, ClockStep.DECIDE_APPLICATION), 0, 50));
        assertEquals(List.of(paused), pausedSeen.stream().map(e -> e.item().getSubjectId()).toList(),
                "the centre's reviewer sees the districts under it");
        assertTrue(pausedSeen.get(0).paused());
        assertEquals("clockState.PAUSED", pausedSeen.get(0).statusKey());
    }

    @Test
    @DisplayName("the daily run records each overdue or due-soon item once a day; a paused one gets none")
    void theReminderJobRecordsEachItemOncePerDay() throws Exception {
        LocalDateTime now = now();
        ClockItem overdue = start(clerkA, tree.districtA().id(), newSubject(), ClockStep.DECIDE_APPLICATION, now.minusDays(10));
        ClockItem dueSoon = start(clerkA, tree.districtA().id(), newSubject(), ClockStep.DECIDE_APPLICATION, now.minusDays(6));
        ClockItem onTime = start(clerkA, tree.districtA().id(), newSubject(), ClockStep.DECIDE_APPLICATION, now.minusDays(1));
        long pausedSubject = newSubject();
        ClockItem paused = start(clerkA, tree.districtA().id(), pausedSubject, ClockStep.DECIDE_APPLICATION, now.minusDays(10));
        clerkA.call(() -> clocks.pause(SUBJECT, pausedSubject, ClockStep.DECIDE_APPLICATION, now.minusDays(9)));

        assertTrue(admin.call(() -> reminders.remindAsOf(now)) >= 2);
        assertEquals(0, admin.call(() -> reminders.remindAsOf(now.plusMinutes(5))), "a second run the same day adds nothing");

        LocalDate today = now.toLocalDate();
        assertArrayEquals(ClockFixtures.reminder(today, DeadlineStatus.OVERDUE), single(clocks.reminders(overdue.getId())));
        assertArrayEquals(ClockFixtures.reminder(today, DeadlineStatus.DUE_SOON), single(clocks.reminders(dueSoon.getId())));
        assertEquals(0, clocks.reminders(onTime.getId()).size());
        assertEquals(0, clocks.reminders(paused.getId()).size());

        List<DeadlineEntry> listed = clerkA.call(() -> deadlines.findDeadlines(DeadlineFilter.all(), 0, 50));
        DeadlineEntry row = listed.stream().filter(e -> e.item().getId().equals(overdue.getId())).findFirst().orElseThrow();
        assertEquals(today, row.lastReminder(), "the list shows the day of the last reminder");
        assertEquals(List.of(overdue.getId(), paused.getId(), dueSoon.getId(), onTime.getId()),
                listed.stream().map(e -> e.item().getId()).toList(), "by due date");
    }

    private static Object[] single(List<Object[]> rows) {
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    @Test
    @DisplayName("the clocks that have run out are found for the deemed-withdrawal job (LAL art. 43)")
    void runningClocksDueBeforeAMomentAreFound() throws Exception {
        long subject = newSubject();
        ClockItem item = start(clerkA, tree.districtA().id(), subject, ClockStep.SUPPLY_MATERIALS, monday.atTime(9, 0));
        assertTrue(clerkA.call(() -> clocks.findRunningDueBefore(ClockStep.SUPPLY_MATERIALS, item.getDueAt()))
                .stream().anyMatch(c -> c.getId().equals(item.getId())));
        assertTrue(clerkA.call(() -> clocks.findRunningDueBefore(ClockStep.SUPPLY_MATERIALS, item.getDueAt().minusSeconds(1)))
                .stream().noneMatch(c -> c.getId().equals(item.getId())));
        assertTrue(clerkA.call(() -> clocks.findRunningDueBefore(ClockStep.DECIDE_APPLICATION, item.getDueAt()))
                .stream().noneMatch(c -> c.getId().equals(item.getId())), "another step");
    }

    @Test
    @DisplayName("only the administrator changes limits and the calendar; the administrator does not work the deadline list")
    void settingsAreForTheAdministratorOnly() throws Exception {
        TimeLimitSetting s = setting(ClockStep.DECIDE_APPLICATION);
        assertThrows(EJBAccessException.class, () -> clerkA.call(() -> deadlines.changeTimeLimit(ClockStep.DECIDE_APPLICATION, 5,
                LimitUnit.CALENDAR_DAYS, false, s.getVersion())));
        assertThrows(EJBAccessException.class, () -> clerkA.call(deadlines::findTimeLimits));
        assertThrows(EJBAccessException.class, () -> clerkA.call(() -> deadlines.addCalendarDay(monday, CalendarDayKind.HOLIDAY, "x")));
        assertThrows(EJBAccessException.class, () -> clerkA.call(() -> reminders.remindAsOf(now())));
        assertThrows(EJBAccessException.class, () -> admin.call(() -> deadlines.findDeadlines(DeadlineFilter.all(), 0, 10)));
        assertEquals(TimeLimit.calendarDays(7), setting(ClockStep.DECIDE_APPLICATION).limit());
    }

    @Test
    @DisplayName("bad input is refused with its reason and saves nothing: a limit of 0 or 366, an adjusted working day on a weekday, a date entered twice")
    void badInputIsRefusedAndSavesNothing() throws Exception {
        TimeLimitSetting s = setting(ClockStep.DECIDE_OBJECTION);
        BusinessException zero = assertThrows(BusinessException.class, () -> admin.call(() -> deadlines.changeTimeLimit(
                ClockStep.DECIDE_OBJECTION, 0, LimitUnit.CALENDAR_DAYS, false, s.getVersion())));
        assertEquals("intake.deadline.amountNotPositive", zero.messageKey());
        BusinessException tooLong = assertThrows(BusinessException.class, () -> admin.call(() -> deadlines.changeTimeLimit(
                ClockStep.DECIDE_OBJECTION, 366, LimitUnit.CALENDAR_DAYS, false, s.getVersion())));
        assertEquals("intake.clock.limitTooLong", tooLong.messageKey());
        TimeLimitSetting unchanged = setting(ClockStep.DECIDE_OBJECTION);
        assertEquals(TimeLimit.calendarDays(5), unchanged.limit());
        assertEquals(s.getVersion(), unchanged.getVersion());

        LocalDate tuesday = monday.plusDays(1);
        BusinessException weekday = assertThrows(BusinessException.class,
                () -> admin.call(() -> deadlines.addCalendarDay(tuesday, CalendarDayKind.ADJUSTED_WORKING_DAY, "调休")));
        assertEquals("intake.calendar.adjustedWorkingDayNotWeekend", weekday.messageKey());
        assertTrue(admin.call(() -> deadlines.findCalendarDays(monday.getYear())).stream().noneMatch(d -> d.getDate().equals(tuesday)));

        LocalDate saturday = monday.minusDays(2);
        CalendarDay first = admin.call(() -> deadlines.addCalendarDay(saturday, CalendarDayKind.ADJUSTED_WORKING_DAY, "调休"));
        try {
            BusinessException twice = assertThrows(BusinessException.class,
                    () -> admin.call(() -> deadlines.addCalendarDay(saturday, CalendarDayKind.HOLIDAY, "重复")));
            assertEquals("intake.calendar.dayAlreadyEntered", twice.messageKey());
            assertEquals(List.of(CalendarDayKind.ADJUSTED_WORKING_DAY), admin.call(() -> deadlines.findCalendarDays(saturday.getYear()))
                    .stream().filter(d -> d.getDate().equals(saturday)).map(CalendarDay::getKind).toList());
        } finally {
            admin.run(() -> deadlines.removeCalendarDay(first.getId()));
        }
    }

    @Test
    @DisplayName("the 2026 holidays of the State Council's notice are in the calendar: 春节 15–23 February, Saturday 28 February worked")
    void theSeededCalendarHoldsThe2026Notice() throws Exception {
        List<CalendarDay> days = admin.call(() -> deadlines.findCalendarDays(2026));
        assertTrue(days.stream().anyMatch(d -> d.getDate().equals(LocalDate.of(2026, 2, 17)) && d.getKind() == CalendarDayKind.HOLIDAY
                && d.getName().equals("春节")));
        assertTrue(days.stream().anyMatch(d -> d.getDate().equals(LocalDate.of(2026, 2, 28))
                && d.getKind() == CalendarDayKind.ADJUSTED_WORKING_DAY));
    }
}
