package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Means test: income per head against the hardship standard (LAL art. 34, seed 001)")
class MeansTestTest {

    /** The seed's Qingdao rule: 2 × the minimum living standard; figures are illustrative. */
    private static final HardshipStandard TWICE = standard("900.00", "2");
    /** Another locality: 1.5 ×. */
    private static final HardshipStandard ONE_AND_A_HALF = standard("731.00", "1.5");

    private static HardshipStandard standard(String minimumLiving, String multiplier) {
        return new HardshipStandard("370202", 2026, new BigDecimal(minimumLiving), new BigDecimal(multiplier));
    }

    private static MeansTestResult assess(String income, int size, HardshipStandard standard) {
        return MeansTest.assess(new BigDecimal(income), size, standard);
    }

    @Test
    @DisplayName("the limit is multiplier × minimum living standard: 2 × 900.00 = 1800.00, 1.5 × 731.00 = 1096.50")
    void limitIsTheMultipleOfTheMinimumLivingStandard() {
        assertEquals(new BigDecimal("1800.00"), TWICE.perHeadLimit());
        assertEquals(new BigDecimal("1096.50"), ONE_AND_A_HALF.perHeadLimit());
        assertEquals(new BigDecimal("913.88"), standard("731.10", "1.25").perHeadLimit(), "913.875 rounds half up");
    }

    @Test
    void exactlyAtTheLimitIsHardship() {
        MeansTestResult result = assess("5400.00", 3, TWICE);
        assertEquals(new BigDecimal("1800.00"), result.incomePerHead());
        assertTrue(result.inHardship());
    }

    @Test
    void oneFenAboveTheLimitIsNotHardship() {
        MeansTestResult result = assess("1800.01", 1, TWICE);
        assertEquals(new BigDecimal("1800.01"), result.incomePerHead());
        assertFalse(result.inHardship());
    }

    @Test
    void oneFenBelowTheLimitIsHardship() {
        assertTrue(assess("1799.99", 1, TWICE).inHardship());
    }

    @ParameterizedTest(name = "1.5×: {0} for {1} → {2} per head, hardship {3}")
    @CsvSource({
            "2193.00, 2, 1096.50, true",
            "2193.02, 2, 1096.51, false",
            "2192.98, 2, 1096.49, true",
            "0.00, 4, 0.00, true"
    })
    void appliesALocalityOfOneAndAHalfTimes(String income, int size, String perHead, boolean hardship) {
        MeansTestResult result = assess(income, size, ONE_AND_A_HALF);
        assertEquals(new BigDecimal(perHead), result.incomePerHead());
        assertEquals(hardship, result.inHardship());
        assertEquals(new BigDecimal("1096.50"), result.perHeadLimit());
    }

    @Test
    @DisplayName("the same household is in hardship under 2× and not under 1.5×")
    void theMultiplierDecides() {
        assertTrue(assess("3000.00", 2, TWICE).inHardship());
        assertFalse(assess("3000.00", 2, ONE_AND_A_HALF).inHardship());
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
            "1000.00, 3, 333.33",
            "2000.00, 3, 666.67",
            "0.05, 2, 0.03",      // half up, not half even (which would give 0.02)
            "3000.00, 7, 428.57",
            "100, 1, 100.00"
    })
    @DisplayName("income per head is rounded half up to the fen")
    void roundsIncomePerHeadHalfUpToTheFen(String income, int size, String perHead) {
        assertEquals(new BigDecimal(perHead), assess(income, size, TWICE).incomePerHead());
    }

    @Test
    @DisplayName("a fraction of a fen above the limit rounds away and does not decide")
    void roundingHappensBeforeTheComparison() {
        MeansTestResult result = assess("5400.01", 3, TWICE); // 1800.0033…
        assertEquals(new BigDecimal("1800.00"), result.incomePerHead());
        assertTrue(result.inHardship());
        assertFalse(assess("5400.02", 3, TWICE).inHardship(), "1800.0066… rounds to 1800.01");
    }

    @Test
    void refusesANegativeIncome() {
        assertEquals("intake.meansTest.incomeNegative",
                assertThrows(BusinessException.class, () -> assess("-0.01", 1, TWICE)).messageKey());
    }

    @Test
    void refusesAHouseholdOfFewerThanOne() {
        assertEquals("intake.meansTest.householdSizeInvalid",
                assertThrows(BusinessException.class, () -> assess("100.00", 0, TWICE)).messageKey());
    }

    @ParameterizedTest(name = "multiplier {0}")
    @CsvSource({"0", "-1.5"})
    void refusesAMultiplierOfZeroOrLess(String multiplier) {
        assertEquals("intake.hardshipStandard.multiplierNotPositive",
                assertThrows(BusinessException.class, () -> standard("900.00", multiplier)).messageKey());
    }

    @Test
    void refusesAMinimumLivingStandardOfZero() {
        assertEquals("intake.hardshipStandard.minimumLivingStandardNotPositive",
                assertThrows(BusinessException.class, () -> standard("0.00", "2")).messageKey());
    }

    @Test
    void refusesARegionCodeThatIsNotSixDigits() {
        assertEquals("intake.hardshipStandard.regionCodeInvalid", assertThrows(BusinessException.class,
                () -> new HardshipStandard("3702", 2026, new BigDecimal("900.00"), BigDecimal.ONE)).messageKey());
    }
}
