package org.legalaid.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;

/**
 * Progress against a year's target on a given day (seed 003: "确保全年办理法律援助案件120件以上"):
 * what has been reached, and what would have been reached by this day had the year's target been
 * met evenly — linear through the year, {@code target × day of year ÷ days in the year}. Before the
 * year the expectation is 0, after it the whole target. A share target (40 % of civil and
 * administrative cases through workstations) is expected at its full value every day of the year.
 *
 * @param target   the year's target (a count, or a percentage for a share)
 * @param reached  what has been reached so far (a count, or the share so far)
 * @param share    whether the target is a share (expected at full value all year) rather than a count
 * @param expected what is expected by the day
 */
public record TargetProgress(BigDecimal target, BigDecimal reached, boolean share, BigDecimal expected)
        implements java.io.Serializable {

    /** Progress of a count target (e.g. 120 cases) on {@code day} of {@code year}. */
    public static TargetProgress ofCount(BigDecimal target, long reached, int year, LocalDate day) {
        return new TargetProgress(target, BigDecimal.valueOf(reached), false, expectedCount(target, year, day));
    }

    /** Progress of a share target (e.g. 40 %): the share reached so far against the full target. */
    public static TargetProgress ofShare(BigDecimal targetPercent, BigDecimal reachedPercent) {
        return new TargetProgress(targetPercent, reachedPercent, true, targetPercent);
    }

    /** The count expected by {@code day}: linear through the year, one decimal, half up. */
    public static BigDecimal expectedCount(BigDecimal target, int year, LocalDate day) {
        if (day.getYear() < year) {
            return BigDecimal.ZERO.setScale(1);
        }
        if (day.getYear() > year) {
            return target.setScale(1, RoundingMode.HALF_UP);
        }
        return target.multiply(BigDecimal.valueOf(day.getDayOfYear()))
                .divide(BigDecimal.valueOf(Year.of(year).length()), 1, RoundingMode.HALF_UP);
    }

    /** Reached as a percentage of the year's target (one decimal); 100 when the target is 0. */
    public BigDecimal percentOfTarget() {
        if (target.signum() == 0) {
            return BigDecimal.valueOf(100).setScale(1);
        }
        return reached.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }

    /** Expected by the day as a percentage of the year's target (one decimal). */
    public BigDecimal expectedPercent() {
        if (target.signum() == 0) {
            return BigDecimal.valueOf(100).setScale(1);
        }
        return expected.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }

    /** Whether what is reached is at least what is expected by the day. */
    public boolean onTrack() {
        return reached.compareTo(expected) >= 0;
    }
}
