package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Rules for putting a duty lawyer 值班律师 (LAL art. 14) on the roster (issue 4, "Duty
 * lawyers"): one lawyer cannot be in two places in the same shift, and a lawyer who is not
 * active (suspended, exited, or admitted but not yet active) gets no duty — the status
 * lifecycle says a suspended or exited lawyer gets no new work. Duty days then count towards the
 * quota ({@link CreditKind#DUTY_DAY}).
 */
public final class RosterCheck {

    private RosterCheck() {
    }

    /** The shifts already on the roster that {@code proposed} clashes with (empty when none). */
    public static List<DutyShift> conflicts(Collection<DutyShift> existing, DutyShift proposed) {
        Objects.requireNonNull(proposed, "proposed");
        return existing.stream().filter(proposed::clashesWith).toList();
    }

    /**
     * Refuses a shift that breaks a roster rule.
     *
     * @param status the proposed lawyer's current status
     * @throws BusinessException {@code lawyers.roster.notActive} (status label key) for a lawyer
     *                           who is not active; {@code lawyers.roster.doubleBooked} (date,
     *                           label key of the clashing shift) when the lawyer already has an
     *                           overlapping shift that day — the same message the roster gives
     *                           when the database's unique key catches a simultaneous booking
     */
    public static void check(Collection<DutyShift> existing, DutyShift proposed, LawyerStatus status) {
        Objects.requireNonNull(status, "status");
        if (!status.isAssignable()) {
            throw new BusinessException("lawyers.roster.notActive", status.labelKey());
        }
        List<DutyShift> clashes = conflicts(existing, proposed);
        if (!clashes.isEmpty()) {
            DutyShift first = clashes.get(0);
            throw doubleBooked(first.date(), first.shift());
        }
    }

    /**
     * The refusal of a booking that would put a lawyer in two places at once on {@code date} in
     * {@code shift}: one message whether the roster saw the clash or the database's unique key did.
     */
    public static BusinessException doubleBooked(LocalDate date, Shift shift) {
        return new BusinessException("lawyers.roster.doubleBooked", date.toString(), shift.labelKey());
    }

    /**
     * Duty days of a lawyer in a year, for the quota credit: distinct dates with at least one
     * shift (two half days on one date are one duty day).
     */
    public static long dutyDays(Collection<DutyShift> roster, long lawyerId, int year) {
        return roster.stream()
                .filter(s -> s.lawyerId() == lawyerId && s.date().getYear() == year)
                .map(DutyShift::date).distinct().count();
    }
}
