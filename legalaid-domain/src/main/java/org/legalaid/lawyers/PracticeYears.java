package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Years of practice counted from the date of the practising licence (执业证取得日期), in full
 * years as of a given day: a year is complete on the anniversary (a licence of 29 February
 * completes its year on 1 March in common years).
 *
 * <p>Where the law counts: a defendant facing life imprisonment or death gets a lawyer with
 * <b>three or more years</b> of criminal practice (LAL art. 26; 2023 procedure rules
 * 办理法律援助案件程序规定 art. 26) — {@link #SENIOR_CRIMINAL_YEARS}. The registry derives the
 * years from the date rather than storing a number, so they never go stale.
 */
public final class PracticeYears {

    /** Full years of criminal practice for life-imprisonment and death cases (LAL art. 26). */
    public static final int SENIOR_CRIMINAL_YEARS = 3;

    private PracticeYears() {
    }

    /**
     * Full years of practice on {@code day}.
     *
     * @throws BusinessException {@code lawyers.practiceYears.licenceDateInFuture} (licence
     *                           date) when the licence date is after {@code day}
     */
    public static int on(LocalDate licenceDate, LocalDate day) {
        Objects.requireNonNull(licenceDate, "licenceDate");
        Objects.requireNonNull(day, "day");
        if (licenceDate.isAfter(day)) {
            throw new BusinessException("lawyers.practiceYears.licenceDateInFuture", licenceDate);
        }
        return Period.between(licenceDate, day).getYears();
    }

    /** True when the licence is at least {@code years} full years old on {@code day}. */
    public static boolean atLeast(LocalDate licenceDate, LocalDate day, int years) {
        return on(licenceDate, day) >= years;
    }

    /**
     * True in the licence's first year — the period in which a quota reduction for a new
     * licence ({@link ReductionReason#NEW_LICENCE}) may be granted.
     */
    public static boolean inFirstYear(LocalDate licenceDate, LocalDate day) {
        return on(licenceDate, day) < 1;
    }
}
