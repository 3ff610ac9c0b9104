package org.legalaid.intake;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of a {@link MeansTest}, with the figures the review form shows so that the
 * decision can be checked by hand.
 *
 * @param incomePerHead household monthly income divided by household size, yuan, two decimals
 * @param perHeadLimit  the standard's limit ({@link HardshipStandard#perHeadLimit()})
 * @param inHardship    true when {@code incomePerHead <= perHeadLimit}
 * @param standard      the standard applied
 */
public record MeansTestResult(BigDecimal incomePerHead, BigDecimal perHeadLimit, boolean inHardship,
                              HardshipStandard standard) implements Serializable {

    public MeansTestResult {
        Objects.requireNonNull(incomePerHead, "incomePerHead");
        Objects.requireNonNull(perHeadLimit, "perHeadLimit");
        Objects.requireNonNull(standard, "standard");
    }
}
