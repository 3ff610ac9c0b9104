package org.legalaid.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The compliance rate of an inspection (seed 002 "规范服务达标率90%以上"): of the centres scored, the share whose
 * total reaches the scorecard's threshold (a total equal to the threshold complies), in percent with two
 * decimals, and whether it reaches the target (a rate equal to the target meets it).
 */
public record ComplianceRate(int scored, int compliant, BigDecimal rate, BigDecimal target) implements Serializable {

    public static ComplianceRate of(Collection<BigDecimal> totals, BigDecimal threshold, BigDecimal target) {
        Objects.requireNonNull(threshold, "threshold");
        int scored = 0;
        int compliant = 0;
        for (BigDecimal t : totals) {
            if (t == null) {
                continue;
            }
            scored++;
            if (t.compareTo(threshold) >= 0) {
                compliant++;
            }
        }
        BigDecimal rate = scored == 0 ? null
                : BigDecimal.valueOf(compliant * 100L).divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        return new ComplianceRate(scored, compliant, rate, target);
    }

    /** Whether the rate reaches the target; an exact comparison of the counts, not of the rounded rate. */
    public boolean isMet() {
        return scored > 0 && BigDecimal.valueOf(compliant * 100L).compareTo(target.multiply(BigDecimal.valueOf(scored))) >= 0;
    }
}
