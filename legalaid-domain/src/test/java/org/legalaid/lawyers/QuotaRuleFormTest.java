package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The year's quota rule as edited (义务量核定, LAL art. 16): checked by the rule, stored and read back unchanged")
class QuotaRuleFormTest {

    private static QuotaRuleForm form(int cases, FirmQuotaMode mode) {
        QuotaRuleForm f = new QuotaRuleForm();
        f.setYear(2026);
        f.setCasesPerLawyer(cases);
        f.setFirmMode(mode);
        f.getCredits().add(new QuotaRuleForm.Credit(CreditKind.DUTY_DAY, new BigDecimal("4")));
        return f;
    }

    @Test
    void aNegativeQuotaIsRefusedByTheRule() {
        BusinessException e = assertThrows(BusinessException.class, () -> form(-1, FirmQuotaMode.SUM_OF_LAWYERS).toRule());
        assertEquals("lawyers.quota.negative", e.messageKey());
    }

    @Test
    void overlappingBandsAreRefused() {
        QuotaRuleForm f = form(6, FirmQuotaMode.BY_SIZE);
        f.getBands().add(new QuotaRuleForm.Band(1, 10, 20));
        f.getBands().add(new QuotaRuleForm.Band(10, null, 40));
        assertEquals("lawyers.quota.bandsOverlap", assertThrows(BusinessException.class, f::toRule).messageKey());
    }

    @Test
    void bandsAreIgnoredWhenFirmsOweTheSumOfTheirLawyers() {
        QuotaRuleForm f = form(6, FirmQuotaMode.SUM_OF_LAWYERS);
        f.getBands().add(new QuotaRuleForm.Band(1, 10, 20));
        f.getBands().add(new QuotaRuleForm.Band(5, 20, 40));
        assertTrue(f.toRule().bands().isEmpty());
    }

    @Test
    void theStoredEntryGivesBackTheSameRule() {
        QuotaRuleForm f = form(6, FirmQuotaMode.BY_SIZE);
        f.getBands().add(new QuotaRuleForm.Band(1, 9, 30));
        f.getBands().add(new QuotaRuleForm.Band(10, null, 80));
        f.getCredits().add(new QuotaRuleForm.Credit(CreditKind.HOTLINE_SHIFT, new BigDecimal("8")));
        QuotaRule rule = f.toRule();
        QuotaRuleEntry entry = new QuotaRuleEntry(rule, " 演示 ", "supervisor", OffsetDateTime.now());
        assertEquals(rule, entry.toRule());
        assertEquals("演示", entry.getNote());
        QuotaRuleForm again = QuotaRuleForm.of(entry);
        assertEquals(rule, again.toRule());
        entry.replace(new QuotaRule(2026, 5, FirmQuotaMode.SUM_OF_LAWYERS, List.of(),
                List.of(CreditRule.of(CreditKind.DUTY_DAY, 4))), null, "admin", OffsetDateTime.now());
        assertEquals(5, entry.toRule().casesPerLawyer());
        assertTrue(entry.toRule().bands().isEmpty());
    }

    @Test
    void onlyAnUnqualifiedAssessmentMayLeadToSuspension() {
        assertTrue(AssessmentResult.UNQUALIFIED.mayLeadToSuspension());
        for (AssessmentResult r : List.of(AssessmentResult.EXCELLENT, AssessmentResult.QUALIFIED, AssessmentResult.BASIC)) {
            assertFalse(r.mayLeadToSuspension(), r.name());
        }
    }
}
