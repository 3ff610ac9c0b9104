package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.NOW;
import static org.legalaid.funding.FundingFixtures.UNIT;
import static org.legalaid.funding.FundingFixtures.claim;
import static org.legalaid.funding.FundingFixtures.claimedCase;
import static org.legalaid.funding.FundingFixtures.standard;
import static org.legalaid.funding.FundingFixtures.standardForm;
import static org.legalaid.funding.FundingFixtures.yuan;

@DisplayName("A subsidy claim: the calculated amount unless a documented exception, something to pay, one per case, lawyer and stage")
class SubsidyClaimTest {

    private static String refusal(Runnable r) {
        return assertThrows(BusinessException.class, r::run).messageKey();
    }

    @Test
    @DisplayName("without an amount the claim is for the calculation, with its lines")
    void claimsTheCalculationByDefault() {
        SubsidyClaim c = claim(12L, "finofficer1");
        assertEquals(yuan("3000.00"), c.getAmount());
        assertEquals(yuan("3000.00"), c.getCalculatedAmount());
        assertEquals(1, c.getLines().size());
        assertFalse(c.isAboveStandard());
        assertEquals(ClaimState.CLAIMED, c.getState());
        assertEquals(11L, c.getStandardId());
    }

    @Test
    @DisplayName("an amount above the calculation is refused without an exception reason (随意增加补贴)")
    void refusesAmountAboveCalculationWithoutReason() {
        assertEquals("funding.claim.exceptionReasonRequired", refusal(() -> claim(12L, yuan("3000.01"), null, "finofficer1")));
        assertEquals("funding.claim.exceptionReasonRequired", refusal(() -> claim(12L, yuan("3500.00"), "   ", "finofficer1")));
    }

    @Test
    @DisplayName("an amount above the calculation with a reason stands as an exception to the standard")
    void acceptsAmountAboveCalculationWithReason() {
        SubsidyClaim c = claim(12L, yuan("3500.00"), " 案情特别复杂 ", "finofficer1");
        assertTrue(c.isAboveStandard());
        assertEquals("案情特别复杂", c.getExceptionReason());
    }

    @Test
    @DisplayName("an amount below the calculation needs no reason")
    void acceptsAmountBelowCalculation() {
        assertFalse(claim(12L, yuan("2500.00"), null, "finofficer1").isAboveStandard());
    }

    @Test
    @DisplayName("a claimed amount of zero, negative or three decimals is refused by the amount checks")
    void refusesInvalidClaimedAmount() {
        assertEquals("funding.amount.notPositive", refusal(() -> claim(12L, yuan("0.00"), null, "finofficer1")));
        assertEquals("funding.amount.notPositive", refusal(() -> claim(12L, yuan("-5.00"), null, "finofficer1")));
        assertEquals("funding.amount.tooManyDecimals", refusal(() -> claim(12L, yuan("100.001"), null, "finofficer1")));
    }

    @Test
    @DisplayName("a withheld subsidy with no costs leaves nothing to pay, and no claim is recorded")
    void refusesClaimWithNothingToPay() {
        SubsidyStandard std = standard(11L, UNIT, standardForm(LocalDate.of(2025, 1, 1), null));
        SubsidyCalculation zero = SubsidyCalculation.of(std, 0, false, null, null, QualityGrade.FAIL, yuan("0.00"));
        assertEquals("funding.claim.nothingToPay", refusal(() -> new SubsidyClaim(claimedCase(), ProcedureStage.FIRST_INSTANCE,
                LocalDate.of(2026, 1, 10), std, QualityGrade.FAIL, 0, false, zero, null, null, 1L, "finofficer1", NOW)));
    }

    @Test
    @DisplayName("the one-claim key is case:lawyer:stage")
    void keyIsCaseLawyerStage() {
        assertEquals("101:501:FIRST_INSTANCE", SubsidyClaim.keyOf(101L, 501L, ProcedureStage.FIRST_INSTANCE));
    }

    @Test
    @DisplayName("the fund may be changed before the final approval, not after")
    void chargesToAnotherFundOnlyBeforeApproval() {
        SubsidyClaim c = claim(12L, "finofficer1");
        c.chargeTo(2L);
        assertEquals(2L, c.getFundId());
        ClaimAct.review(r -> true, "finapprover1", c, NOW);
        ClaimAct.approve(r -> true, "finapprover2", c, false, NOW);
        assertEquals("funding.claim.wrongState", refusal(() -> c.chargeTo(3L)));
        assertEquals(2L, c.getFundId());
    }

    @Test
    @DisplayName("a claim cannot be confirmed paid before it is in a batch")
    void refusesConfirmationBeforeBatch() {
        SubsidyClaim c = claim(12L, "finofficer1");
        assertEquals("funding.claim.wrongState", refusal(() -> ClaimAct.confirmPaid(c)));
    }
}
