package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Obligation quotas 义务量核定 (LAL art. 16, 60): rule, credits, reductions, progress")
class QuotaTest {

    private static final QuotaRule PER_LAWYER_SUM = new QuotaRule(2026, 4, FirmQuotaMode.SUM_OF_LAWYERS, List.of(),
            List.of(CreditRule.of(CreditKind.DUTY_DAY, 4), CreditRule.of(CreditKind.HOTLINE_SHIFT, 8)));
    private static final QuotaRule BY_SIZE = new QuotaRule(2026, 4, FirmQuotaMode.BY_SIZE,
            List.of(new FirmBand(1, 9, 10), new FirmBand(10, 29, 30), new FirmBand(30, null, 60)), List.of());

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(BusinessException.class, call).messageKey();
    }

    @Test
    @DisplayName("credits: 6 duty days at 4 per case are 1.50 cases; units of one kind are added before dividing")
    void convertsDutyDaysIntoFractionsOfACase() {
        assertEquals(d("1.50"), PER_LAWYER_SUM.credited(List.of(ServiceUnits.of(CreditKind.DUTY_DAY, 6))));
        assertEquals(d("1.50"), PER_LAWYER_SUM.credited(List.of(ServiceUnits.of(CreditKind.DUTY_DAY, 3),
                ServiceUnits.of(CreditKind.DUTY_DAY, 3))));
        assertEquals(d("1.88"), PER_LAWYER_SUM.credited(List.of(ServiceUnits.of(CreditKind.DUTY_DAY, 6),
                ServiceUnits.of(CreditKind.HOTLINE_SHIFT, 3))));
    }

    @Test
    @DisplayName("credits: service the year's rule does not convert is refused, not silently dropped")
    void refusesServiceWithoutACreditRule() {
        assertEquals("lawyers.quota.noCreditRule",
                refusal(() -> PER_LAWYER_SUM.credited(List.of(ServiceUnits.of(CreditKind.MEDIATION_SESSION, 2)))));
        assertEquals("lawyers.quota.unitsPerCasePositive", refusal(() -> CreditRule.of(CreditKind.DUTY_DAY, 0)));
        assertEquals("lawyers.quota.creditTwice", refusal(() -> new QuotaRule(2026, 4, FirmQuotaMode.SUM_OF_LAWYERS,
                List.of(), List.of(CreditRule.of(CreditKind.DUTY_DAY, 4), CreditRule.of(CreditKind.DUTY_DAY, 5)))));
    }

    @Test
    @DisplayName("firm quota as the sum of its lawyers' quotas")
    void firmQuotaIsTheSumOfItsLawyers() {
        assertEquals(d("22.00"), PER_LAWYER_SUM.firmQuota(6, d("22")));
    }

    @Test
    @DisplayName("firm quota by a size band; a size no band covers is refused; bands may not overlap")
    void firmQuotaBySizeBand() {
        assertEquals(d("10.00"), BY_SIZE.firmQuota(9, BigDecimal.ZERO));
        assertEquals(d("30.00"), BY_SIZE.firmQuota(10, BigDecimal.ZERO));
        assertEquals(d("60.00"), BY_SIZE.firmQuota(250, BigDecimal.ZERO));
        assertEquals("lawyers.quota.noBand", refusal(() -> BY_SIZE.firmQuota(0, BigDecimal.ZERO)));
        assertEquals("lawyers.quota.bandsOverlap", refusal(() -> new QuotaRule(2026, 4, FirmQuotaMode.BY_SIZE,
                List.of(new FirmBand(1, 10, 10), new FirmBand(10, 20, 20)), List.of())));
        assertEquals("lawyers.quota.bandRange", refusal(() -> new FirmBand(10, 5, 1)));
        assertEquals("lawyers.quota.bandsRequired",
                refusal(() -> new QuotaRule(2026, 4, FirmQuotaMode.BY_SIZE, List.of(), List.of())));
    }

    @Test
    @DisplayName("progress: quota, assigned, completed, credited, remaining and fulfilment")
    void computesProgress() {
        QuotaProgress p = QuotaProgress.forLawyer(PER_LAWYER_SUM, List.of(), 1, 1,
                List.of(ServiceUnits.of(CreditKind.DUTY_DAY, 6)));
        assertEquals(d("4.00"), p.quota());
        assertEquals(1, p.assigned());
        assertEquals(1, p.completed());
        assertEquals(d("1.50"), p.credited());
        assertEquals(d("1.50"), p.remaining());
        assertEquals(d("0.6250"), p.fulfilment());
        assertFalse(p.isFulfilled());
    }

    @Test
    @DisplayName("progress: remaining never goes below zero; fulfilment may exceed 1")
    void remainingNeverBelowZero() {
        QuotaProgress p = QuotaProgress.of(d("4"), 5, 2, d("1.50"));
        assertEquals(d("0.00"), p.remaining());
        assertEquals(d("1.6250"), p.fulfilment());
        assertTrue(p.isFulfilled());
    }

    @Test
    @DisplayName("reductions with a reason lower the quota (illness, new licence in its first year)")
    void reductionsLowerTheQuota() {
        QuotaProgress p = QuotaProgress.forLawyer(PER_LAWYER_SUM,
                List.of(new QuotaReduction(ReductionReason.NEW_LICENCE, d("2"), ""),
                        new QuotaReduction(ReductionReason.ILLNESS, d("1.5"), "住院三个月")), 0, 0, List.of());
        assertEquals(d("4.00"), p.baseQuota());
        assertEquals(d("3.50"), p.reduced());
        assertEquals(d("0.50"), p.quota());
        assertEquals(d("0.50"), p.remaining());
        assertEquals(d("0.0000"), p.fulfilment());
    }

    @Test
    @DisplayName("reductions cannot make a quota negative; a quota reduced to 0 counts as fulfilled")
    void reductionsCannotMakeTheQuotaNegative() {
        assertEquals("lawyers.quota.reductionExceedsQuota", refusal(() -> QuotaProgress.forLawyer(PER_LAWYER_SUM,
                List.of(new QuotaReduction(ReductionReason.ILLNESS, d("4.01"), "")), 0, 0, List.of())));
        QuotaProgress zero = QuotaProgress.forLawyer(PER_LAWYER_SUM,
                List.of(new QuotaReduction(ReductionReason.ILLNESS, d("4"), "")), 0, 0, List.of());
        assertEquals(d("0.00"), zero.quota());
        assertEquals(d("1.0000"), zero.fulfilment());
        assertEquals("lawyers.quota.reductionNoteRequired",
                refusal(() -> new QuotaReduction(ReductionReason.OTHER, d("1"), " ")));
    }

    @Test
    @DisplayName("negative numbers are refused: quota, assigned, credits, units, reductions")
    void refusesNegativeNumbers() {
        assertEquals("lawyers.quota.negative", refusal(() -> QuotaProgress.of(d("-1"), 0, 0, BigDecimal.ZERO)));
        assertEquals("lawyers.quota.negative", refusal(() -> QuotaProgress.of(d("4"), -1, 0, BigDecimal.ZERO)));
        assertEquals("lawyers.quota.negative", refusal(() -> QuotaProgress.of(d("4"), 0, 0, d("-0.5"))));
        assertEquals("lawyers.quota.negative", refusal(() -> ServiceUnits.of(CreditKind.DUTY_DAY, -1)));
        assertEquals("lawyers.quota.negative", refusal(() -> new QuotaReduction(ReductionReason.ILLNESS, d("-1"), "")));
        assertEquals("lawyers.quota.negative", refusal(() -> new QuotaRule(2026, -1, FirmQuotaMode.SUM_OF_LAWYERS,
                List.of(), List.of())));
        assertEquals("lawyers.quota.completedExceedsAssigned", refusal(() -> QuotaProgress.of(d("4"), 1, 2, BigDecimal.ZERO)));
    }

    @Test
    @DisplayName("a firm's progress by its size band, with credits for its lawyers' duty days")
    void firmProgress() {
        QuotaRule rule = new QuotaRule(2026, 4, FirmQuotaMode.BY_SIZE, List.of(new FirmBand(1, 9, 10)),
                List.of(CreditRule.of(CreditKind.DUTY_DAY, 4)));
        QuotaProgress p = QuotaProgress.forFirm(rule, 5, BigDecimal.ZERO, List.of(), 6, 3,
                List.of(ServiceUnits.of(CreditKind.DUTY_DAY, 10)));
        assertEquals(d("10.00"), p.quota());
        assertEquals(d("2.50"), p.credited());
        assertEquals(d("1.50"), p.remaining());
        assertEquals(d("0.8500"), p.fulfilment());
    }
}
