package org.legalaid.complaints;

import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.intake.Pause;
import org.legalaid.intake.TimeLimit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The time limits of order 149, counted on intake's {@link DeadlineCalendar} (the day of the event
 * not counted, working days from the holiday calendar, paused time excluded). The clock items that
 * show in the deadline list mirror these dates; the complaint's page shows them from here.
 */
public final class ComplaintDeadlines {

    /** Filed within three years of the day the complainant knew or should have known of the matter (art. 8). */
    public static final int FILING_YEARS = 3;
    /** Decide on acceptance within 5 working days of receipt (art. 15). */
    public static final TimeLimit ACCEPT = TimeLimit.workingDays(5);
    /** Finish the complaint within 60 days of acceptance (art. 23). */
    public static final int DECIDE_DAYS = 60;
    /** The one extension approved by the head: at most 30 days (art. 23). */
    public static final int MAX_EXTENSION_DAYS = 30;
    /** Deliver the written decision to both parties within 5 working days of it (art. 24). */
    public static final TimeLimit DELIVER = TimeLimit.workingDays(5);

    private ComplaintDeadlines() {
    }

    /**
     * Whether a complaint received on {@code receivedOn} about a matter the complainant knew of on
     * {@code knewOn} is within the three years of art. 8 (the last day is the same date three years on;
     * 29 February falls back to 28 February).
     */
    public static boolean withinFilingPeriod(LocalDate knewOn, LocalDate receivedOn) {
        return !receivedOn.isAfter(knewOn.plusYears(FILING_YEARS));
    }

    /**
     * When the acceptance decision is due: 5 working days after receipt, the time waiting for the
     * missing information (art. 12) not counted (art. 15).
     */
    public static LocalDateTime acceptanceDue(DeadlineCalendar calendar, LocalDateTime receivedAt, List<Pause> materials) {
        return calendar.due(receivedAt, ACCEPT, materials).endsAt();
    }

    /**
     * When the decision is due: 60 days after the last acceptance (a merged repeat complaint starts
     * it again), plus the extension approved, the suspensions not counted (art. 21, 23).
     */
    public static LocalDateTime decisionDue(DeadlineCalendar calendar, LocalDateTime lastAcceptedAt, int extensionDays,
                                            List<Pause> suspensions) {
        return calendar.due(lastAcceptedAt, TimeLimit.calendarDays(DECIDE_DAYS + extensionDays), suspensions).endsAt();
    }

    /** When the written decision must have reached both parties: 5 working days after it (art. 24). */
    public static LocalDateTime deliveryDue(DeadlineCalendar calendar, LocalDateTime decidedAt) {
        return calendar.due(decidedAt, DELIVER).endsAt();
    }
}
