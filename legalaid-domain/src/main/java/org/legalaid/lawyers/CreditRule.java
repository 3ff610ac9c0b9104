package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How many units of a kind of service count as one case, e.g. 4 duty days = 1 case (docs/domain.md
 * "Lawyer pool"; the rule is data of the year's {@link QuotaRule}). Credits are fractions: 6
 * duty days at 4 per case are 1.50 cases.
 *
 * @param kind         the service converted
 * @param unitsPerCase units that make one case, more than zero
 */
public record CreditRule(CreditKind kind, BigDecimal unitsPerCase) {

    public CreditRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitsPerCase, "unitsPerCase");
        if (unitsPerCase.signum() <= 0) {
            throw new BusinessException("lawyers.quota.unitsPerCasePositive", kind);
        }
    }

    /** Convenience for whole units per case. */
    public static CreditRule of(CreditKind kind, int unitsPerCase) {
        return new CreditRule(kind, BigDecimal.valueOf(unitsPerCase));
    }

    /**
     * Cases credited for {@code units} of service, two decimals, half up.
     *
     * @throws BusinessException {@code lawyers.quota.negative} for negative units
     */
    public BigDecimal cases(BigDecimal units) {
        Quotas.requireNotNegative(units, "units");
        return units.divide(unitsPerCase, Quotas.SCALE, RoundingMode.HALF_UP);
    }
}
