package org.legalaid.intake;

import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A span during which a step's clock stands still: from the moment the one written list of
 * missing materials goes out (补正, LAL art. 43) until they arrive. The Ministry of Justice's
 * procedure rules (办理法律援助案件程序规定) say the time the applicant needs to supplement
 * materials or explain is not counted in the review period.
 *
 * <p>For limits in hours the pause is exactly {@code until − from}. For limits in days it is
 * counted in whole days like the period itself: the day the list goes out still counts, the
 * following days up to and including the day the materials arrive do not, and counting resumes
 * the next day — the rule that an event's own day is not counted (Civil Code art. 201) applied
 * to the restart. A pause from 4 March to 7 March therefore stops the clock for 3 days (5, 6
 * and 7 March); a pause within one day stops none.
 *
 * <p>While materials are still outstanding, pass {@code until = now}: the due date then moves
 * forward day by day and the remaining time stays frozen, which is what "the clock stops" means.
 *
 * @param from  when the clock stopped
 * @param until when it started again, not before {@code from}
 */
public record Pause(LocalDateTime from, LocalDateTime until) {

    /**
     * @throws BusinessException {@code intake.deadline.pauseEndsBeforeStart} when {@code until}
     *                           is before {@code from}
     */
    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new BusinessException("intake.deadline.pauseEndsBeforeStart", from, until);
        }
    }

    /** A pause from the list going out on {@code from} until the materials arrived on {@code until}. */
    public static Pause between(LocalDate from, LocalDate until) {
        return new Pause(from.atStartOfDay(), until.atStartOfDay());
    }

    /** True when the clock of a day-counted limit does not run on {@code day}. */
    boolean stopsDay(LocalDate day) {
        return day.isAfter(from.toLocalDate()) && !day.isAfter(until.toLocalDate());
    }
}
