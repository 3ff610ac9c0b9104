package org.legalaid.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Year-on-year growth (同比增长, seed 003 and DOMAIN.md "growth year on year"): the change from the
 * same period a year earlier as a percentage with one decimal, rounded half up. There is no growth
 * rate from nothing: when the earlier figure is 0 the rate is empty (the page shows "—").
 */
public final class Growth {

    private Growth() {
    }

    /** (current − previous) ÷ previous × 100, one decimal; empty when {@code previous} is 0. */
    public static Optional<BigDecimal> yearOnYear(long current, long previous) {
        if (current < 0 || previous < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (previous == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(current - previous).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP));
    }
}
