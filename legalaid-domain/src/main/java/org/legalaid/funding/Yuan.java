package org.legalaid.funding;

import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money in yuan: {@link BigDecimal} with two decimals (fen), rounded half up where a
 * computation yields more. Columns are {@code NUMERIC(18,2)}; an amount a person types is refused
 * when it is not positive, has more than two decimals or exceeds {@link #MAX}.
 */
public final class Yuan {

    /** Digits and scale of every money column. */
    public static final int PRECISION = 18;
    public static final int SCALE = 2;

    /** The largest amount accepted anywhere (a city's yearly budget fits; a 20-digit number does not). */
    public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Yuan() {
    }

    /** Rounds to the fen, half up (四舍五入). */
    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * An amount a person entered, checked.
     *
     * @param field the message key of the field, for the error
     * @throws BusinessException {@code funding.amount.required}, {@code funding.amount.notPositive},
     *                           {@code funding.amount.tooManyDecimals}, {@code funding.amount.tooLarge}
     */
    public static BigDecimal positive(BigDecimal amount, String field) {
        if (amount == null) {
            throw new BusinessException("funding.amount.required", field);
        }
        if (amount.signum() <= 0) {
            throw new BusinessException("funding.amount.notPositive", field, amount.toPlainString());
        }
        return bounded(amount, field);
    }

    /** Like {@link #positive} but zero is allowed (an optional cost left empty counts as zero). */
    public static BigDecimal notNegative(BigDecimal amount, String field) {
        if (amount == null) {
            return ZERO;
        }
        if (amount.signum() < 0) {
            throw new BusinessException("funding.amount.negative", field, amount.toPlainString());
        }
        return bounded(amount, field);
    }

    private static BigDecimal bounded(BigDecimal amount, String field) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new BusinessException("funding.amount.tooManyDecimals", field, amount.toPlainString());
        }
        if (amount.compareTo(MAX) > 0) {
            throw new BusinessException("funding.amount.tooLarge", field, MAX.toPlainString());
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
