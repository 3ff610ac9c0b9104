package org.legalaid.intake;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The time limits of the intake steps as the Legal Aid Law sets them, and the status of a step
 * against its deadline. The limits here are <em>defaults</em> that document their source: the
 * limits the system applies are data an administrator maintains (a province may shorten them),
 * loaded with these values at first.
 */
public final class StatutoryClock {

    /** Decide whether to grant aid within 7 days of receiving the application (LAL art. 43). */
    public static final TimeLimit DECIDE_APPLICATION = TimeLimit.calendarDays(7);
    /** Assign an aid lawyer within 3 days of the decision to grant aid (LAL art. 43). */
    public static final TimeLimit ASSIGN_AFTER_GRANT = TimeLimit.calendarDays(3);
    /**
     * Assign a defence lawyer within 3 days of a notice from a court, procuratorate or police
     * (通知辩护, LAL art. 36), and tell the notifying organ.
     */
    public static final TimeLimit ASSIGN_AFTER_NOTICE = TimeLimit.calendarDays(3);
    /** The justice bureau decides an objection within 5 days of receiving it (LAL art. 49). */
    public static final TimeLimit DECIDE_OBJECTION = TimeLimit.calendarDays(5);
    /**
     * A custody facility, case-handling organ or duty lawyer forwards an application from a
     * person in custody within 24 hours (LAL art. 39).
     */
    public static final TimeLimit FORWARD_CUSTODY_APPLICATION = TimeLimit.hours(24);

    /** How close to its end a deadline is "due soon" unless a step sets otherwise. */
    public static final Duration DUE_SOON_WINDOW = Duration.ofDays(2);

    private StatutoryClock() {
    }

    /** The status at {@code now} with the default two-day window. */
    public static DeadlineStatus status(Deadline due, LocalDateTime now) {
        return status(due, now, DUE_SOON_WINDOW);
    }

    /**
     * The status at {@code now}: {@link DeadlineStatus#OVERDUE} once {@code now} is after
     * {@link Deadline#endsAt()}; {@link DeadlineStatus#DUE_SOON} from {@code window} before it
     * (inclusive) up to and including the end; {@link DeadlineStatus#ON_TIME} before that. For a
     * deadline in days with the two-day window, a step is due soon on its last two days.
     */
    public static DeadlineStatus status(Deadline due, LocalDateTime now, Duration window) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        if (window.isNegative()) {
            throw new IllegalArgumentException("negative window " + window);
        }
        if (now.isAfter(due.endsAt())) {
            return DeadlineStatus.OVERDUE;
        }
        return now.isBefore(due.endsAt().minus(window)) ? DeadlineStatus.ON_TIME : DeadlineStatus.DUE_SOON;
    }
}
