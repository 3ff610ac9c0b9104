package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Clock item: a step's running clock, its pauses, completion and status")
class ClockItemTest {

    private final DeadlineCalendar weekendsOnly = new DeadlineCalendar(HolidayCalendar.weekendsOnly());

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    /** An application received Monday 2 March 2026 at 9:00: 7 days to decide, last day Monday 9 March (LAL art. 43). */
    private ClockItem decision() {
        return new ClockItem(7L, "Application", 42L, "FY-2026-001 王秀兰", ClockStep.DECIDE_APPLICATION, at(3, 2, 9, 0),
                ClockStep.DECIDE_APPLICATION.defaultLimit(), weekendsOnly);
    }

    private static BusinessException refused(Runnable r) {
        return assertThrows(BusinessException.class, r::run);
    }

    @Test
    @DisplayName("starting computes the due date: 7 days from 2 March end at 24:00 on 9 March (LAL art. 43)")
    void startingComputesTheDueDate() {
        ClockItem item = decision();
        assertEquals(at(3, 10, 0, 0), item.getDueAt());
        assertEquals(LocalDate.of(2026, 3, 9), item.deadline().lastDay());
        assertEquals(ClockState.RUNNING, item.state());
        assertEquals(TimeLimit.calendarDays(7), item.limit());
    }

    @Test
    void refusesABlankOrOverlongLabel() {
        assertThrows(IllegalArgumentException.class, () -> new ClockItem(7L, "Application", 1L, " ", ClockStep.DECIDE_APPLICATION,
                at(3, 2, 9, 0), TimeLimit.calendarDays(7), weekendsOnly));
        assertThrows(IllegalArgumentException.class, () -> new ClockItem(7L, "Application", 1L, "x".repeat(101),
                ClockStep.DECIDE_APPLICATION, at(3, 2, 9, 0), TimeLimit.calendarDays(7), weekendsOnly));
    }

    @Nested
    @DisplayName("pauses for missing materials (补正, LAL art. 43)")
    class Pausing {

        @Test
        @DisplayName("a pause from 4 to 7 March moves the last day by 3 days, 9 → 12 March")
        void resumingMovesTheDueDateByThePausedDays() {
            ClockItem item = decision();
            item.pause(at(3, 4, 10, 0));
            assertEquals(ClockState.PAUSED, item.state());
            assertEquals(at(3, 10, 0, 0), item.getDueAt(), "the due date stays while paused");
            item.resume(at(3, 7, 15, 0), weekendsOnly);
            assertEquals(ClockState.RUNNING, item.state());
            assertEquals(LocalDate.of(2026, 3, 12), item.deadline().lastDay());
            assertEquals(List.of(new Pause(at(3, 4, 10, 0), at(3, 7, 15, 0))), item.pauses());
        }

        @Test
        void twoPausesAddUp() {
            ClockItem item = decision();
            item.pause(at(3, 3, 10, 0));
            item.resume(at(3, 4, 10, 0), weekendsOnly);
            item.pause(at(3, 5, 10, 0));
            item.resume(at(3, 7, 10, 0), weekendsOnly);
            assertEquals(LocalDate.of(2026, 3, 12), item.deadline().lastDay(), "1 + 2 paused days");
        }

        @Test
        void refusesToPauseTwice() {
            ClockItem item = decision();
            item.pause(at(3, 4, 10, 0));
            assertEquals("intake.clock.alreadyPaused", refused(() -> item.pause(at(3, 5, 10, 0))).messageKey());
        }

        @Test
        void refusesToResumeARunningClock() {
            assertEquals("intake.clock.notPaused", refused(() -> decision().resume(at(3, 5, 10, 0), weekendsOnly)).messageKey());
        }

        @Test
        void refusesAPauseBeforeTheStartOrAResumptionBeforeThePause() {
            ClockItem item = decision();
            assertEquals("intake.clock.beforeLastEvent", refused(() -> item.pause(at(3, 1, 10, 0))).messageKey());
            item.pause(at(3, 4, 10, 0));
            assertEquals("intake.clock.beforeLastEvent", refused(() -> item.resume(at(3, 4, 9, 0), weekendsOnly)).messageKey());
            assertEquals(ClockState.PAUSED, item.state(), "nothing changed");
        }

        @Test
        void refusesToPauseAClosedItem() {
            ClockItem item = decision();
            item.complete(at(3, 5, 10, 0));
            assertEquals("intake.clock.closed", refused(() -> item.pause(at(3, 6, 10, 0))).messageKey());
        }
    }

    @Nested
    @DisplayName("status: running items are on time, due soon or overdue; paused and closed ones have none")
    class Status {

        @Test
        void aRunningItemHasTheStatusOfItsDeadline() {
            ClockItem item = decision();
            assertEquals(DeadlineStatus.ON_TIME, item.status(at(3, 3, 9, 0)));
            assertEquals(DeadlineStatus.DUE_SOON, item.status(at(3, 8, 0, 0)));
            assertEquals(DeadlineStatus.OVERDUE, item.status(at(3, 10, 0, 1)));
        }

        @Test
        @DisplayName("a paused item is not overdue, however long the materials take")
        void aPausedItemIsNeverOverdue() {
            ClockItem item = decision();
            item.pause(at(3, 4, 10, 0));
            assertNull(item.status(at(4, 30, 9, 0)));
            assertEquals(ClockState.PAUSED, item.state());
        }

        @Test
        void aClosedItemHasNoStatus() {
            ClockItem item = decision();
            item.cancel(at(3, 4, 10, 0));
            assertNull(item.status(at(4, 30, 9, 0)));
            assertEquals(ClockState.CANCELLED, item.state());
        }
    }

    @Nested
    @DisplayName("completion records whether the step was late")
    class Completion {

        @Test
        @DisplayName("done at 23:59 on the last day is on time; at 00:00:01 after it, late")
        void lateOnlyAfterTheEndOfTheLastDay() {
            ClockItem onTime = decision();
            onTime.complete(at(3, 9, 23, 59));
            assertFalse(onTime.getLate());
            assertEquals(ClockState.COMPLETED, onTime.state());
            ClockItem late = decision();
            late.complete(at(3, 10, 0, 0).plusSeconds(1));
            assertTrue(late.getLate());
        }

        @Test
        void aStepDoneWhileItsClockStandsStillWasNotLate() {
            ClockItem item = decision();
            item.pause(at(3, 4, 10, 0));
            item.complete(at(3, 30, 10, 0));
            assertFalse(item.getLate());
            assertEquals(List.of(new Pause(at(3, 4, 10, 0), at(3, 30, 10, 0))), item.pauses(), "the pause is kept");
        }

        @Test
        void refusesToCompleteTwiceOrACancelledItem() {
            ClockItem done = decision();
            done.complete(at(3, 5, 10, 0));
            assertEquals("intake.clock.closed", refused(() -> done.complete(at(3, 6, 10, 0))).messageKey());
            ClockItem cancelled = decision();
            cancelled.cancel(at(3, 5, 10, 0));
            assertEquals("intake.clock.closed", refused(() -> cancelled.complete(at(3, 6, 10, 0))).messageKey());
            assertNull(cancelled.getLate(), "a cancelled step is never late");
        }

        @Test
        void refusesACompletionBeforeTheStart() {
            assertEquals("intake.clock.beforeLastEvent", refused(() -> decision().complete(at(3, 1, 10, 0))).messageKey());
        }
    }

    @Nested
    @DisplayName("limits in working days follow the holiday calendar")
    class WorkingDays {

        @Test
        @DisplayName("a holiday entered afterwards moves an open working-day clock; a calendar-day clock does not depend on it")
        void recomputingOnANewCalendarSkipsTheNewHoliday() {
            ClockItem item = new ClockItem(7L, "Complaint", 3L, "TS-1", ClockStep.DECIDE_OBJECTION, at(3, 2, 9, 0),
                    TimeLimit.workingDays(5), weekendsOnly);
            assertEquals(LocalDate.of(2026, 3, 9), item.deadline().lastDay());
            assertTrue(item.dependsOnCalendar());
            HolidayCalendar withHoliday = new HolidayCalendar(Set.of(LocalDate.of(2026, 3, 4)), Set.of());
            assertTrue(item.recompute(new DeadlineCalendar(withHoliday)));
            assertEquals(LocalDate.of(2026, 3, 10), item.deadline().lastDay());
            assertFalse(decision().dependsOnCalendar());
        }
    }

    @Test
    @DisplayName("defaults: 7/3/3/5 days and 24 hours from the law, 15 days for materials, 5 to sign, 3 to notify, 30 and 30 to close")
    void everyStepHasItsDefaultLimit() {
        assertEquals(StatutoryClock.DECIDE_APPLICATION, ClockStep.DECIDE_APPLICATION.defaultLimit());
        assertEquals(TimeLimit.calendarDays(15), ClockStep.SUPPLY_MATERIALS.defaultLimit());
        assertEquals(StatutoryClock.ASSIGN_AFTER_GRANT, ClockStep.ASSIGN_AFTER_GRANT.defaultLimit());
        assertEquals(StatutoryClock.ASSIGN_AFTER_NOTICE, ClockStep.ASSIGN_AFTER_NOTICE.defaultLimit());
        assertEquals(StatutoryClock.DECIDE_OBJECTION, ClockStep.DECIDE_OBJECTION.defaultLimit());
        assertEquals(TimeLimit.hours(24), ClockStep.FORWARD_CUSTODY_APPLICATION.defaultLimit());
        assertEquals(TimeLimit.calendarDays(5), ClockStep.SIGN_AGREEMENT.defaultLimit());
        assertEquals(TimeLimit.calendarDays(3), ClockStep.NOTIFY_TERMINATION.defaultLimit());
        assertEquals(TimeLimit.calendarDays(30), ClockStep.CLOSING_SUBMISSION.defaultLimit());
        assertEquals(TimeLimit.calendarDays(30), ClockStep.CLOSING_REVIEW.defaultLimit());
    }

    @Nested
    @DisplayName("time-limit settings and calendar days an administrator enters")
    class Settings {

        private final OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");

        @Test
        void aSettingStartsAtTheDefaultAndTakesOneToThreeHundredSixtyFiveUnits() {
            TimeLimitSetting s = new TimeLimitSetting(ClockStep.SUPPLY_MATERIALS, "admin", now);
            assertTrue(s.isDefault());
            s.change(10, LimitUnit.WORKING_DAYS, false, "admin", now);
            assertEquals(TimeLimit.workingDays(10), s.limit());
            assertFalse(s.isDefault());
            assertEquals("intake.deadline.amountNotPositive",
                    refused(() -> s.change(0, LimitUnit.CALENDAR_DAYS, false, "admin", now)).messageKey());
            assertEquals("intake.clock.limitTooLong",
                    refused(() -> s.change(366, LimitUnit.CALENDAR_DAYS, false, "admin", now)).messageKey());
            assertEquals("intake.clock.onlyDaysMoveOffRestDay",
                    refused(() -> s.change(24, LimitUnit.HOURS, true, "admin", now)).messageKey());
            assertEquals(TimeLimit.workingDays(10), s.limit(), "a refused change leaves the setting");
        }

        @Test
        @DisplayName("an adjusted working day must be a Saturday or Sunday; a holiday may fall on any day")
        void anAdjustedWorkingDayOnAWeekdayIsRefused() {
            assertEquals("intake.calendar.adjustedWorkingDayNotWeekend", refused(() -> new CalendarDay(LocalDate.of(2026, 3, 4),
                    CalendarDayKind.ADJUSTED_WORKING_DAY, "调休", "admin", now)).messageKey());
            CalendarDay saturday = new CalendarDay(LocalDate.of(2026, 2, 14), CalendarDayKind.ADJUSTED_WORKING_DAY, "春节", "admin", now);
            CalendarDay holiday = new CalendarDay(LocalDate.of(2026, 2, 16), CalendarDayKind.HOLIDAY, "春节", "admin", now);
            HolidayCalendar calendar = CalendarDay.calendarOf(List.of(saturday, holiday));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)));
            assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 16)));
        }
    }
}
