package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.legalaid.funding.FundingFixtures.UNIT;
import static org.legalaid.funding.FundingFixtures.standard;
import static org.legalaid.funding.FundingFixtures.standardForm;
import static org.legalaid.funding.FundingFixtures.yuan;

/** The default standard: base 3,000.00, 500.00 per extra party, remote 300.00, copying cap 200.00, travel cap 800.00. */
@DisplayName("Subsidy calculation: line by line, quality-linked, costs capped, rounded to the fen")
class SubsidyCalculationTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private final SubsidyStandard std = standard(11L, UNIT, standardForm(FROM, null));

    private static List<String> keys(SubsidyCalculation c) {
        return c.lines().stream().map(CalculationLine::getLabelKey).toList();
    }

    private static CalculationLine line(SubsidyCalculation c, String key) {
        return c.lines().stream().filter(l -> l.getLabelKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key + " in " + keys(c)));
    }

    private static void assertTotalIsSumOfLines(SubsidyCalculation c) {
        BigDecimal sum = c.lines().stream().map(CalculationLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(c.total()), "total " + c.total() + " vs lines " + sum);
        assertEquals(2, c.total().scale());
    }

    @Test
    @DisplayName("base only: one line naming the standard, its basis and first day")
    void baseOnly() {
        SubsidyCalculation c = SubsidyCalculation.of(std, 0, false, null, null, QualityGrade.GOOD, BigDecimal.ONE);
        assertEquals(List.of("calc.base"), keys(c));
        assertEquals(yuan("3000.00"), c.total());
        assertArrayEquals(new String[]{"11", "鲁司〔2025〕12号", "2025-01-01"}, line(c, "calc.base").getFigures());
        assertTotalIsSumOfLines(c);
    }

    @Test
    @DisplayName("each further party adds the standard's extra per party, the line naming count and rate")
    void extraPartiesAddPerParty() {
        SubsidyCalculation c = SubsidyCalculation.of(std, 2, false, null, null, QualityGrade.GOOD, BigDecimal.ONE);
        assertEquals(List.of("calc.base", "calc.parties"), keys(c));
        assertEquals(yuan("1000.00"), line(c, "calc.parties").getAmount());
        assertArrayEquals(new String[]{"2", "500.00"}, line(c, "calc.parties").getFigures());
        assertEquals(yuan("4000.00"), c.total());
        assertTotalIsSumOfLines(c);
    }

    @Test
    @DisplayName("a negative number of further parties is refused")
    void refusesNegativeExtraParties() {
        assertThrows(IllegalArgumentException.class,
                () -> SubsidyCalculation.of(std, -1, false, null, null, QualityGrade.GOOD, BigDecimal.ONE));
    }

    @Test
    @DisplayName("travel to a remote place adds the remote allowance; none without it")
    void remoteAddsAllowance() {
        SubsidyCalculation remote = SubsidyCalculation.of(std, 0, true, null, null, QualityGrade.GOOD, BigDecimal.ONE);
        assertEquals(List.of("calc.base", "calc.remote"), keys(remote));
        assertEquals(yuan("3300.00"), remote.total());
        assertTotalIsSumOfLines(remote);

        NewSubsidyStandard noAllowance = standardForm(FROM, null);
        noAllowance.setRemoteAllowance(null);
        SubsidyCalculation none = SubsidyCalculation.of(standard(12L, UNIT, noAllowance), 0, true, null, null,
                QualityGrade.GOOD, BigDecimal.ONE);
        assertEquals(List.of("calc.base"), keys(none), "a zero allowance writes no line");
    }

    @Test
    @DisplayName("优秀 at factor 1.20 raises the subsidy (base, parties, remote) by 20 %, the line naming grade, factor and subsidy")
    void excellentGradeRaisesSubsidyByTwentyPercent() {
        SubsidyCalculation c = SubsidyCalculation.of(std, 1, true, null, null, QualityGrade.EXCELLENT, yuan("1.20"));
        assertEquals(List.of("calc.base", "calc.parties", "calc.remote", "calc.quality"), keys(c));
        CalculationLine q = line(c, "calc.quality");
        assertEquals(yuan("760.00"), q.getAmount());
        assertArrayEquals(new String[]{"qualityGrade.EXCELLENT", "1.20", "3800.00"}, q.getFigures());
        assertEquals(yuan("4560.00"), c.total());
        assertTotalIsSumOfLines(c);
    }

    @Test
    @DisplayName("a factor of 1.00 writes no quality line")
    void factorOneWritesNoQualityLine() {
        SubsidyCalculation c = SubsidyCalculation.of(std, 0, false, null, null, QualityGrade.PASS, yuan("1.00"));
        assertEquals(List.of("calc.base"), keys(c));
    }

    @Test
    @DisplayName("不合格 at factor 0.00 withholds the subsidy but still pays the documented costs")
    void failGradeWithholdsSubsidyButPaysCosts() {
        SubsidyCalculation c = SubsidyCalculation.of(std, 1, true, yuan("150.00"), yuan("600.00"), QualityGrade.FAIL,
                yuan("0.00"));
        assertEquals(List.of("calc.base", "calc.parties", "calc.remote", "calc.quality", "calc.copying", "calc.travel"), keys(c));
        assertEquals(yuan("-3800.00"), line(c, "calc.quality").getAmount());
        assertEquals(yuan("150.00"), line(c, "calc.copying").getAmount());
        assertEquals(yuan("600.00"), line(c, "calc.travel").getAmount());
        assertEquals(yuan("750.00"), c.total());
        assertTotalIsSumOfLines(c);
    }

    @Test
    @DisplayName("withheld with no costs leaves nothing to pay")
    void failGradeWithoutCostsTotalsZero() {
        SubsidyCalculation c = SubsidyCalculation.of(std, 0, false, null, null, QualityGrade.FAIL, yuan("0.00"));
        assertEquals(yuan("0.00"), c.total());
    }

    @Test
    @DisplayName("costs are paid as spent up to the cap, the line naming what was spent and the cap")
    void costsAreCapped() {
        SubsidyCalculation c = SubsidyCalculation.of(std, 0, false, yuan("250.00"), yuan("800.00"), QualityGrade.GOOD,
                BigDecimal.ONE);
        CalculationLine copying = line(c, "calc.copying");
        assertEquals(yuan("200.00"), copying.getAmount());
        assertArrayEquals(new String[]{"250.00", "200.00"}, copying.getFigures());
        assertEquals(yuan("800.00"), line(c, "calc.travel").getAmount(), "exactly the cap is paid in full");
        assertEquals(yuan("4000.00"), c.total());
        assertTotalIsSumOfLines(c);
    }

    @Test
    @DisplayName("costs are not scaled by the quality factor")
    void costsAreNotScaledByQualityFactor() {
        SubsidyCalculation c = SubsidyCalculation.of(std, 0, false, yuan("100.00"), null, QualityGrade.EXCELLENT,
                yuan("1.20"));
        assertEquals(yuan("100.00"), line(c, "calc.copying").getAmount());
        assertEquals(yuan("3700.00"), c.total());
    }

    @Test
    @DisplayName("a negative or over-precise cost is refused")
    void refusesNegativeOrOverPreciseCost() {
        assertEquals("funding.amount.negative", assertThrows(BusinessException.class,
                () -> SubsidyCalculation.of(std, 0, false, yuan("-1.00"), null, QualityGrade.GOOD, BigDecimal.ONE)).messageKey());
        assertEquals("funding.amount.tooManyDecimals", assertThrows(BusinessException.class,
                () -> SubsidyCalculation.of(std, 0, false, null, yuan("1.005"), QualityGrade.GOOD, BigDecimal.ONE)).messageKey());
    }

    @Test
    @DisplayName("rounds to the fen: 333.33 × 1.2 = 399.996 is paid as 400.00, the quality line 66.67")
    void roundsQualityAdjustmentToTheFen() {
        NewSubsidyStandard f = standardForm(FROM, null);
        f.setBaseAmount(yuan("333.33"));
        SubsidyCalculation c = SubsidyCalculation.of(standard(13L, UNIT, f), 0, false, null, null, QualityGrade.EXCELLENT,
                yuan("1.2"));
        assertEquals(yuan("66.67"), line(c, "calc.quality").getAmount());
        assertEquals(yuan("400.00"), c.total());
        assertTotalIsSumOfLines(c);
    }

    @Test
    @DisplayName("rounds half up at the fen: 333.35 × 1.1 = 366.685 is 366.69")
    void roundsHalfUp() {
        NewSubsidyStandard f = standardForm(FROM, null);
        f.setBaseAmount(yuan("333.35"));
        SubsidyCalculation c = SubsidyCalculation.of(standard(13L, UNIT, f), 0, false, null, null, QualityGrade.EXCELLENT,
                yuan("1.1"));
        assertEquals(yuan("366.69"), c.total());
        assertEquals(yuan("33.34"), line(c, "calc.quality").getAmount());
        assertTotalIsSumOfLines(c);
    }
}
