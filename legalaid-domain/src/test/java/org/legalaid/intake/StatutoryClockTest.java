package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Statutory clock: default limits and deadline status")
class StatutoryClockTest {

    private final DeadlineCalendar calendar = new DeadlineCalendar(HolidayCalendar.weekendsOnly());

    /** Received Monday 2 March 2026; last day Monday 9 March; ends 10 March 00:00. */
    private final Deadline decision = calendar.due(LocalDateTime.of(2026, 3, 2, 9, 0), StatutoryClock.DECIDE_APPLICATION);

    @Test
    @DisplayName("defaults: 7 days to decide and 3 to assign (LAL art. 43), 3 after a notice (art. 36), 5 for an objection (art. 49), 24 hours to forward (art. 39)")
    void theDefaultLimitsAreTheLaws() {
        assertEquals(TimeLimit.calendarDays(7), StatutoryClock.DECIDE_APPLICATION);
        assertEquals(TimeLimit.calendarDays(3), StatutoryClock.ASSIGN_AFTER_GRANT);
        assertEquals(TimeLimit.calendarDays(3), StatutoryClock.ASSIGN_AFTER_NOTICE);
        assertEquals(TimeLimit.calendarDays(5), StatutoryClock.DECIDE_OBJECTION);
        assertEquals(TimeLimit.hours(24), StatutoryClock.FORWARD_CUSTODY_APPLICATION);
    }

    @Test
    void isOnTimeUntilTwoDaysBeforeTheEnd() {
        assertEquals(DeadlineStatus.ON_TIME, StatutoryClock.status(decision, LocalDateTime.of(2026, 3, 3, 9, 0)));
        assertEquals(DeadlineStatus.ON_TIME, StatutoryClock.status(decision, LocalDateTime.of(2026, 3, 7, 23, 59, 59)));
    }

    @Test
    @DisplayName("due soon from exactly two days before the end: the last two days, 8 and 9 March")
    void isDueSoonOnTheLastTwoDays() {
        assertEquals(DeadlineStatus.DUE_SOON, StatutoryClock.status(decision, LocalDateTime.of(2026, 3, 8, 0, 0)));
        assertEquals(DeadlineStatus.DUE_SOON, StatutoryClock.status(decision, LocalDateTime.of(2026, 3, 9, 23, 59)));
    }

    @Test
    void isStillDueSoonAtTheVeryEndAndOverdueJustAfter() {
        assertEquals(DeadlineStatus.DUE_SOON, StatutoryClock.status(decision, LocalDateTime.of(2026, 3, 10, 0, 0)));
        assertEquals(DeadlineStatus.OVERDUE, StatutoryClock.status(decision, LocalDateTime.of(2026, 3, 10, 0, 0, 1)));
        assertEquals(DeadlineStatus.OVERDUE, StatutoryClock.status(decision, LocalDateTime.of(2026, 4, 1, 9, 0)));
    }

    @Test
    @DisplayName("a 24-hour deadline is due soon from its start with the default window; a shorter window can be set")
    void aShortDeadlineIsDueSoonAtOnceUnlessTheWindowIsShorter() {
        Deadline forward = calendar.due(LocalDateTime.of(2026, 3, 2, 21, 30), StatutoryClock.FORWARD_CUSTODY_APPLICATION);
        assertEquals(DeadlineStatus.DUE_SOON, StatutoryClock.status(forward, LocalDateTime.of(2026, 3, 2, 21, 30)));
        Duration sixHours = Duration.ofHours(6);
        assertEquals(DeadlineStatus.ON_TIME, StatutoryClock.status(forward, LocalDateTime.of(2026, 3, 3, 15, 29), sixHours));
        assertEquals(DeadlineStatus.DUE_SOON, StatutoryClock.status(forward, LocalDateTime.of(2026, 3, 3, 15, 30), sixHours));
        assertEquals(DeadlineStatus.OVERDUE, StatutoryClock.status(forward, LocalDateTime.of(2026, 3, 3, 21, 31), sixHours));
    }

    @Test
    void refusesANegativeWindow() {
        assertThrows(IllegalArgumentException.class,
                () -> StatutoryClock.status(decision, LocalDateTime.of(2026, 3, 3, 9, 0), Duration.ofDays(-1)));
    }
}
