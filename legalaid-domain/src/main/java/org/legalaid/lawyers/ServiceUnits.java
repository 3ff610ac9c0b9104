package org.legalaid.lawyers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Service of one kind done in the year, e.g. 6 duty days, to be converted into cases by the
 * year's {@link CreditRule}.
 */
public record ServiceUnits(CreditKind kind, BigDecimal units) {

    public ServiceUnits {
        Objects.requireNonNull(kind, "kind");
        Quotas.requireNotNegative(units, "units");
    }

    public static ServiceUnits of(CreditKind kind, int units) {
        return new ServiceUnits(kind, BigDecimal.valueOf(units));
    }
}
