package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Yuan: amounts a person types are positive, to the fen and of a size a column holds")
class YuanTest {

    private static BusinessException refusal(Runnable r) {
        return assertThrows(BusinessException.class, r::run);
    }

    @Test
    @DisplayName("a negative amount is refused as not positive, naming the field and the amount")
    void refusesNegativeAmount() {
        BusinessException e = refusal(() -> Yuan.positive(new BigDecimal("-1.00"), "field.amount"));
        assertEquals("funding.amount.notPositive", e.messageKey());
        assertArrayEquals(new Object[]{"field.amount", "-1.00"}, e.arguments());
    }

    @Test
    @DisplayName("zero is refused where an amount must be positive")
    void refusesZeroAmount() {
        assertEquals("funding.amount.notPositive", refusal(() -> Yuan.positive(new BigDecimal("0.00"), "field.amount")).messageKey());
    }

    @Test
    @DisplayName("a missing amount is required")
    void refusesMissingAmount() {
        assertEquals("funding.amount.required", refusal(() -> Yuan.positive(null, "field.amount")).messageKey());
    }

    @Test
    @DisplayName("three decimals are refused: money is kept to the fen")
    void refusesThreeDecimals() {
        BusinessException e = refusal(() -> Yuan.positive(new BigDecimal("12.345"), "field.amount"));
        assertEquals("funding.amount.tooManyDecimals", e.messageKey());
        assertArrayEquals(new Object[]{"field.amount", "12.345"}, e.arguments());
    }

    @Test
    @DisplayName("trailing zeros beyond the fen are not extra decimals: 12.300 is 12.30")
    void acceptsTrailingZerosBeyondTheFen() {
        assertEquals(new BigDecimal("12.30"), Yuan.positive(new BigDecimal("12.300"), "field.amount"));
    }

    @Test
    @DisplayName("a 20-digit number is refused as too large, naming the largest amount accepted")
    void refusesTwentyDigitAmount() {
        BusinessException e = refusal(() -> Yuan.positive(new BigDecimal("12345678901234567890"), "field.amount"));
        assertEquals("funding.amount.tooLarge", e.messageKey());
        assertArrayEquals(new Object[]{"field.amount", "9999999999999.99"}, e.arguments());
    }

    @Test
    @DisplayName("the largest amount is accepted and one fen more is refused")
    void acceptsTheLargestAmountOnly() {
        assertEquals(Yuan.MAX, Yuan.positive(Yuan.MAX, "field.amount"));
        assertEquals("funding.amount.tooLarge",
                refusal(() -> Yuan.positive(Yuan.MAX.add(new BigDecimal("0.01")), "field.amount")).messageKey());
    }

    @Test
    @DisplayName("a valid amount comes back with scale 2: 1200 → 1200.00")
    void returnsAmountWithScaleTwo() {
        BigDecimal a = Yuan.positive(new BigDecimal("1200"), "field.amount");
        assertEquals(2, a.scale());
        assertEquals("1200.00", a.toPlainString());
    }

    @Test
    @DisplayName("an optional amount may be zero or empty (counted as 0.00) but not negative")
    void notNegativeAllowsZeroAndEmptyButNotNegative() {
        assertEquals(new BigDecimal("0.00"), Yuan.notNegative(null, "field.copyingCost"));
        assertEquals(new BigDecimal("0.00"), Yuan.notNegative(BigDecimal.ZERO, "field.copyingCost"));
        BusinessException e = refusal(() -> Yuan.notNegative(new BigDecimal("-0.01"), "field.copyingCost"));
        assertEquals("funding.amount.negative", e.messageKey());
        assertArrayEquals(new Object[]{"field.copyingCost", "-0.01"}, e.arguments());
    }

    @Test
    @DisplayName("an optional amount is also held to the fen and to the largest amount")
    void notNegativeRefusesThreeDecimalsAndTwentyDigits() {
        assertEquals("funding.amount.tooManyDecimals",
                refusal(() -> Yuan.notNegative(new BigDecimal("0.001"), "field.travelCost")).messageKey());
        assertEquals("funding.amount.tooLarge",
                refusal(() -> Yuan.notNegative(new BigDecimal("99999999999999999999"), "field.travelCost")).messageKey());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0.005, 0.01",
            "0.004, 0.00",
            "2.675, 2.68",
            "399.996, 400.00",
            "12.3449, 12.34",
            "-0.005, -0.01",
            "7, 7.00",
    })
    @DisplayName("rounds to the fen half up (四舍五入)")
    void roundsToTheFenHalfUp(String amount, String fen) {
        BigDecimal rounded = Yuan.fen(new BigDecimal(amount));
        assertEquals(fen, rounded.toPlainString());
    }
}
