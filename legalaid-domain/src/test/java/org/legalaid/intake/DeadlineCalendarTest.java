package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Deadline calendar: days, working days, hours and pauses")
class DeadlineCalendarTest {

    /**
     * The 2026 National Day week as declared for this test: 1–7 October off; Sunday 20 September
     * and Saturday 10 October are adjusted working days (调休). 1 October 2026 is a Thursday.
     */
    static final HolidayCalendar NATIONAL_DAY_2026 = new HolidayCalendar(
            Stream.iterate(LocalDate.of(2026, 10, 1), d -> d.plusDays(1)).limit(7).collect(Collectors.toSet()),
            Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

    private final DeadlineCalendar weekendsOnly = new DeadlineCalendar(HolidayCalendar.weekendsOnly());
    private final DeadlineCalendar nationalDay = new DeadlineCalendar(NATIONAL_DAY_2026);

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Nested
    @DisplayName("calendar days: the day of the event is not counted (Civil Code art. 201)")
    class CalendarDays {

        @Test
        @DisplayName("an application received on Monday 2 March is decided by the end of Monday 9 March (LAL art. 43)")
        void sevenDaysStartTheNextDay() {
            Deadline due = weekendsOnly.due(at(3, 2, 16, 45), StatutoryClock.DECIDE_APPLICATION);
            assertEquals(day(3, 9), due.lastDay());
            assertEquals(at(3, 10, 0, 0), due.endsAt(), "the period runs to 24:00 of its last day (art. 203)");
        }

        @Test
        void weekendsCount() {
            assertEquals(day(3, 9), weekendsOnly.due(at(3, 6, 9, 0), TimeLimit.calendarDays(3)).lastDay());
        }

        @Test
        void holidaysCount() {
            assertEquals(day(10, 6), nationalDay.due(at(9, 29, 9, 0), TimeLimit.calendarDays(7)).lastDay());
        }

        @Test
        @DisplayName("on request, a last day in the National Day week moves to the first working day after it (Civil Code art. 203)")
        void aLastDayOnAHolidayMovesToTheNextWorkingDayWhenTheLimitSaysSo() {
            TimeLimit limit = TimeLimit.calendarDays(7).endingOnAWorkingDay();
            assertEquals(day(10, 8), nationalDay.due(at(9, 29, 9, 0), limit).lastDay());
        }

        @Test
        void aLastDayOnASaturdayMovesToMondayAndOnAnAdjustedSaturdayStays() {
            TimeLimit limit = TimeLimit.calendarDays(5).endingOnAWorkingDay();
            assertEquals(day(3, 9), nationalDay.due(at(3, 2, 9, 0), limit).lastDay(), "Sat 7 March → Mon 9 March");
            assertEquals(day(10, 10), nationalDay.due(at(10, 5, 9, 0), limit).lastDay(), "Sat 10 October is a working day");
        }

        @Test
        void onlyCalendarDaysCanAskToMoveOffARestDay() {
            assertThrows(IllegalArgumentException.class, () -> TimeLimit.workingDays(3).endingOnAWorkingDay());
            assertThrows(IllegalArgumentException.class, () -> TimeLimit.hours(24).endingOnAWorkingDay());
        }
    }

    @Nested
    @DisplayName("working days: weekends and holidays are skipped, adjusted weekend working days count")
    class WorkingDays {

        @Test
        void skipsAWeekend() {
            assertEquals(day(3, 10), weekendsOnly.due(at(3, 5, 9, 0), TimeLimit.workingDays(3)).lastDay());
        }

        @Test
        void anApplicationReceivedOnSaturdayStartsCountingOnMonday() {
            assertEquals(day(3, 9), weekendsOnly.due(at(3, 7, 11, 0), TimeLimit.workingDays(1)).lastDay());
        }

        @Test
        @DisplayName("5 working days from 30 September 2026: 8, 9, 10 (adjusted Saturday), 12, 13 October")
        void skipsTheNationalDayWeekAndCountsTheAdjustedSaturday() {
            assertEquals(day(10, 13), nationalDay.due(at(9, 30, 15, 0), TimeLimit.workingDays(5)).lastDay());
        }

        @Test
        @DisplayName("3 working days from Friday 18 September 2026: Sunday 20 (adjusted), 21, 22")
        void countsTheAdjustedSundayBeforeTheHoliday() {
            assertEquals(day(9, 22), nationalDay.due(at(9, 18, 15, 0), TimeLimit.workingDays(3)).lastDay());
        }
    }

    @Nested
    @DisplayName("pauses for supplementary materials (补正, LAL art. 43) stop the clock")
    class Pauses {

        @Test
        @DisplayName("a pause of 3 days (list sent 4 March, materials in 7 March) moves 9 March to 12 March")
        void aPauseOfThreeDaysAddsThreeDays() {
            Pause pause = new Pause(at(3, 4, 10, 0), at(3, 7, 15, 0));
            assertEquals(day(3, 12), weekendsOnly.due(at(3, 2, 9, 0), StatutoryClock.DECIDE_APPLICATION, List.of(pause)).lastDay());
            assertEquals(day(3, 12), weekendsOnly.due(at(3, 2, 9, 0), StatutoryClock.DECIDE_APPLICATION,
                    List.of(Pause.between(day(3, 4), day(3, 7)))).lastDay());
        }

        @Test
        @DisplayName("in working days, the paused working days are skipped (5 working days from 2 March: 9 → 11 March)")
        void aPauseSkipsTheWorkingDaysItCovers() {
            Pause pause = Pause.between(day(3, 3), day(3, 5)); // stops 4 and 5 March
            assertEquals(day(3, 9), weekendsOnly.due(at(3, 2, 9, 0), TimeLimit.workingDays(5)).lastDay());
            assertEquals(day(3, 11), weekendsOnly.due(at(3, 2, 9, 0), TimeLimit.workingDays(5), List.of(pause)).lastDay());
        }

        @Test
        void aPauseWithinOneDayMovesNothing() {
            Pause pause = new Pause(at(3, 4, 9, 0), at(3, 4, 17, 0));
            assertEquals(day(3, 9), weekendsOnly.due(at(3, 2, 9, 0), TimeLimit.calendarDays(7), List.of(pause)).lastDay());
        }

        @Test
        void overlappingPausesCountTheirDaysOnce() {
            List<Pause> pauses = List.of(Pause.between(day(3, 4), day(3, 6)), Pause.between(day(3, 5), day(3, 7)));
            assertEquals(day(3, 12), weekendsOnly.due(at(3, 2, 9, 0), TimeLimit.calendarDays(7), pauses).lastDay());
        }

        @Test
        void aPauseBeforeTheStartIsIrrelevant() {
            Pause earlier = Pause.between(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 25));
            assertEquals(day(3, 9), weekendsOnly.due(at(3, 2, 9, 0), TimeLimit.calendarDays(7), List.of(earlier)).lastDay());
        }

        @Test
        @DisplayName("while materials are outstanding (pause until now) the remaining time stays frozen")
        void anOngoingPauseKeepsTheRemainingTimeFrozen() {
            LocalDateTime now = at(3, 20, 10, 0);
            Deadline due = weekendsOnly.due(at(3, 2, 9, 0), TimeLimit.calendarDays(7), List.of(new Pause(at(3, 4, 9, 0), now)));
            assertEquals(day(3, 25), due.lastDay(), "3 and 4 March used, 5 days left after 20 March");
            assertEquals(DeadlineStatus.ON_TIME, StatutoryClock.status(due, now));
        }

        @Test
        void refusesAPauseThatEndsBeforeItStarts() {
            BusinessException e = assertThrows(BusinessException.class, () -> Pause.between(day(3, 7), day(3, 4)));
            assertEquals("intake.deadline.pauseEndsBeforeStart", e.messageKey());
        }
    }

    @Nested
    @DisplayName("hours: round the clock (LAL art. 39, 24 hours to forward a custody application)")
    class Hours {

        @Test
        void twentyFourHoursAcrossMidnight() {
            Deadline due = weekendsOnly.due(at(3, 2, 21, 30), StatutoryClock.FORWARD_CUSTODY_APPLICATION);
            assertEquals(at(3, 3, 21, 30), due.endsAt());
            assertEquals(day(3, 3), due.lastDay());
        }

        @Test
        void nightsWeekendsAndHolidaysAllCount() {
            assertEquals(at(10, 1, 20, 0), nationalDay.due(at(9, 30, 20, 0), TimeLimit.hours(24)).endsAt());
            assertEquals(at(3, 8, 18, 0), weekendsOnly.due(at(3, 6, 18, 0), TimeLimit.hours(48)).endsAt());
        }

        @Test
        void aPauseAcrossMidnightAddsItsLength() {
            Pause pause = new Pause(at(3, 2, 23, 0), at(3, 3, 1, 0));
            assertEquals(at(3, 3, 23, 30),
                    weekendsOnly.due(at(3, 2, 21, 30), TimeLimit.hours(24), List.of(pause)).endsAt());
        }

        @Test
        void onlyThePartOfAPauseAfterTheStartCounts() {
            Pause pause = new Pause(at(3, 2, 21, 0), at(3, 2, 22, 0));
            assertEquals(at(3, 3, 22, 0), weekendsOnly.due(at(3, 2, 21, 30), TimeLimit.hours(24), List.of(pause)).endsAt());
        }

        @Test
        void aPauseAfterTheDeadlineChangesNothing() {
            Pause pause = new Pause(at(3, 4, 9, 0), at(3, 4, 12, 0));
            assertEquals(at(3, 3, 21, 30), weekendsOnly.due(at(3, 2, 21, 30), TimeLimit.hours(24), List.of(pause)).endsAt());
        }

        @Test
        void aPeriodEndingAtMidnightHasItsLastDayBefore() {
            Deadline due = weekendsOnly.due(at(3, 2, 0, 0), TimeLimit.hours(24));
            assertEquals(at(3, 3, 0, 0), due.endsAt());
            assertEquals(day(3, 2), due.lastDay());
        }
    }

    @Nested
    @DisplayName("holiday calendar")
    class Calendar {

        @Test
        void holidaysAndWeekendsAreOffAdjustedDaysAreOn() {
            assertFalse(NATIONAL_DAY_2026.isWorkingDay(day(10, 1)));
            assertFalse(NATIONAL_DAY_2026.isWorkingDay(day(10, 5)), "a Monday in the holiday");
            assertTrue(NATIONAL_DAY_2026.isWorkingDay(day(10, 8)));
            assertTrue(NATIONAL_DAY_2026.isWorkingDay(day(10, 10)), "adjusted Saturday");
            assertFalse(NATIONAL_DAY_2026.isWorkingDay(day(10, 11)), "ordinary Sunday");
            assertTrue(NATIONAL_DAY_2026.isWorkingDay(day(9, 20)), "adjusted Sunday");
            assertEquals(day(10, 8), NATIONAL_DAY_2026.nextWorkingDayAfter(day(9, 30)));
        }

        @Test
        void refusesAnAdjustedWorkingDayThatIsAWeekday() {
            BusinessException e = assertThrows(BusinessException.class,
                    () -> new HolidayCalendar(Set.of(), Set.of(day(10, 9))));
            assertEquals("intake.calendar.adjustedWorkingDayNotWeekend", e.messageKey());
        }

        @Test
        void refusesADayThatIsBothHolidayAndWorkingDay() {
            BusinessException e = assertThrows(BusinessException.class,
                    () -> new HolidayCalendar(Set.of(day(10, 3)), Set.of(day(10, 3))));
            assertEquals("intake.calendar.dayBothHolidayAndWorking", e.messageKey());
        }
    }

    @Test
    void refusesALimitOfZero() {
        assertEquals("intake.deadline.amountNotPositive",
                assertThrows(BusinessException.class, () -> TimeLimit.calendarDays(0)).messageKey());
    }
}
