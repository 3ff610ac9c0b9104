package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.util.Objects;

/**
 * One row of a firm-size table of a {@link QuotaRule}: a firm with {@code minLawyers} to
 * {@code maxLawyers} lawyers (both inclusive; {@code maxLawyers} null = no upper bound) owes
 * {@code cases} cases a year (docs/domain.md "Lawyer pool": an annual quota set by a published rule,
 * for example by firm size; LAL art. 16 puts the duty on firms as well as lawyers).
 */
public record FirmBand(int minLawyers, Integer maxLawyers, int cases) {

    public FirmBand {
        Quotas.requireNotNegative(minLawyers, "minLawyers");
        Quotas.requireNotNegative(cases, "cases");
        if (maxLawyers != null && maxLawyers < minLawyers) {
            throw new BusinessException("lawyers.quota.bandRange", minLawyers, maxLawyers);
        }
    }

    public boolean covers(int lawyers) {
        return lawyers >= minLawyers && (maxLawyers == null || lawyers <= maxLawyers);
    }

    boolean overlaps(FirmBand other) {
        int thisMax = maxLawyers == null ? Integer.MAX_VALUE : maxLawyers;
        int otherMax = other.maxLawyers == null ? Integer.MAX_VALUE : other.maxLawyers;
        return minLawyers <= otherMax && other.minLawyers <= thisMax;
    }

    @Override
    public String toString() {
        return minLawyers + "–" + Objects.toString(maxLawyers, "") + ": " + cases;
    }
}
