package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shared arithmetic of the quota rules: cases in two decimals, negative figures refused. */
final class Quotas {

    /** Cases are counted to two decimals (credits are fractions of a case). */
    static final int SCALE = 2;

    private Quotas() {
    }

    static BigDecimal cases(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal requireNotNegative(BigDecimal value, String what) {
        if (value == null || value.signum() < 0) {
            throw new BusinessException("lawyers.quota.negative", what, value);
        }
        return value;
    }

    static int requireNotNegative(int value, String what) {
        if (value < 0) {
            throw new BusinessException("lawyers.quota.negative", what, value);
        }
        return value;
    }
}
