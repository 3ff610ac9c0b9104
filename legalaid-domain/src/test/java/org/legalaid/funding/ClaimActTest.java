package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.CASE_ID;
import static org.legalaid.funding.FundingFixtures.LAWYER_ID;
import static org.legalaid.funding.FundingFixtures.NOW;
import static org.legalaid.funding.FundingFixtures.claim;
import static org.legalaid.funding.FundingFixtures.get;

@DisplayName("Claim acts: who may review, approve, reject and pay a claim, in which state, and never two duties for one person")
class ClaimActTest {

    private static final String CLAIMANT = "finofficer1";
    private static final String REVIEWER = "finapprover1";
    private static final String APPROVER = "finapprover2";
    private static final String SECOND = "director";
    private static final String PAYER = "finofficer2";

    /** Holds every role: what stops such a person is the state or segregation of duties, never the role. */
    private static final Predicate<String> ALL_ROLES = r -> true;
    private static final Predicate<String> FINANCE_APPROVER = Set.of(Roles.FINANCE_APPROVER)::contains;
    private static final Predicate<String> DIRECTOR = Set.of(Roles.APPROVER)::contains;
    private static final Predicate<String> FINANCE_OFFICER = Set.of(Roles.FINANCE_OFFICER)::contains;

    private static BusinessException refusal(Runnable r) {
        return assertThrows(BusinessException.class, r::run);
    }

    private static void assertSamePerson(FinanceDuty taken, FinanceDuty asked, Runnable act) {
        BusinessException e = refusal(act);
        assertEquals("funding.sod.samePerson", e.messageKey());
        assertArrayEquals(new Object[]{taken.labelKey(), asked.labelKey()}, e.arguments());
    }

    /** A claim taken to {@code state} by five different people. */
    private static SubsidyClaim inState(ClaimState state) {
        SubsidyClaim c = claim(12L, CLAIMANT);
        if (state == ClaimState.CLAIMED) {
            return c;
        }
        if (state == ClaimState.REJECTED) {
            ClaimAct.reject(FINANCE_APPROVER, REVIEWER, c, "材料不全", NOW);
            return c;
        }
        ClaimAct.review(FINANCE_APPROVER, REVIEWER, c, NOW);
        if (state == ClaimState.REVIEWED) {
            return c;
        }
        ClaimAct.approve(FINANCE_APPROVER, APPROVER, c, true, NOW);
        if (state == ClaimState.AWAITING_SECOND) {
            return c;
        }
        ClaimAct.approve(DIRECTOR, SECOND, c, true, NOW);
        if (state == ClaimState.APPROVED) {
            return c;
        }
        ClaimAct.pay(FINANCE_OFFICER, PAYER, c, 3L, NOW);
        if (state == ClaimState.BATCHED) {
            return c;
        }
        ClaimAct.confirmPaid(c);
        return c;
    }

    @Test
    @DisplayName("each act names its roles: review by the finance approver, approvals and rejection also by the director, payment by the finance officer")
    void eachActHasItsRoles() {
        assertEquals(Set.of(Roles.FINANCE_APPROVER), ClaimAct.REVIEW.roles());
        assertEquals(Set.of(Roles.FINANCE_APPROVER, Roles.APPROVER), ClaimAct.APPROVE.roles());
        assertEquals(Set.of(Roles.FINANCE_APPROVER, Roles.APPROVER), ClaimAct.SECOND_APPROVE.roles());
        assertEquals(Set.of(Roles.FINANCE_APPROVER, Roles.APPROVER), ClaimAct.REJECT.roles());
        assertEquals(Set.of(Roles.FINANCE_OFFICER), ClaimAct.PAY.roles());
    }

    @Test
    @DisplayName("each act is open in its states only (to a person with every role who took no duty)")
    void eachActIsOpenInItsStatesOnly() {
        Map<ClaimAct, Set<ClaimState>> open = Map.of(
                ClaimAct.REVIEW, EnumSet.of(ClaimState.CLAIMED),
                ClaimAct.APPROVE, EnumSet.of(ClaimState.REVIEWED),
                ClaimAct.SECOND_APPROVE, EnumSet.of(ClaimState.AWAITING_SECOND),
                ClaimAct.REJECT, EnumSet.of(ClaimState.CLAIMED, ClaimState.REVIEWED, ClaimState.AWAITING_SECOND),
                ClaimAct.PAY, EnumSet.of(ClaimState.APPROVED));
        for (ClaimState state : ClaimState.values()) {
            SubsidyClaim c = inState(state);
            assertEquals(state, c.getState());
            for (ClaimAct act : ClaimAct.values()) {
                assertEquals(open.get(act).contains(state), act.isOpenTo(ALL_ROLES, "outsider", c), act + " in " + state);
            }
        }
    }

    @Test
    @DisplayName("an act in the wrong state is refused naming the state")
    void refusesActInWrongState() {
        SubsidyClaim reviewed = inState(ClaimState.REVIEWED);
        BusinessException e = refusal(() -> ClaimAct.review(FINANCE_APPROVER, "finapprover9", reviewed, NOW));
        assertEquals("funding.claim.wrongState", e.messageKey());
        assertArrayEquals(new Object[]{"claimState.REVIEWED"}, e.arguments());
        assertEquals("funding.claim.wrongState",
                refusal(() -> ClaimAct.pay(FINANCE_OFFICER, "finofficer9", inState(ClaimState.AWAITING_SECOND), 3L, NOW)).messageKey());
        assertEquals("funding.claim.wrongState",
                refusal(() -> ClaimAct.reject(DIRECTOR, "director9", inState(ClaimState.APPROVED), "晚了", NOW)).messageKey());
    }

    @Test
    @DisplayName("an act without its role is refused naming the act: the director does not review, the finance approver does not pay")
    void refusesActWithoutItsRole() {
        BusinessException review = refusal(() -> ClaimAct.review(DIRECTOR, SECOND, inState(ClaimState.CLAIMED), NOW));
        assertEquals("funding.act.role", review.messageKey());
        assertArrayEquals(new Object[]{"claimAct.REVIEW"}, review.arguments());
        BusinessException pay = refusal(() -> ClaimAct.pay(FINANCE_APPROVER, "finapprover9", inState(ClaimState.APPROVED), 3L, NOW));
        assertEquals("funding.act.role", pay.messageKey());
        assertArrayEquals(new Object[]{"claimAct.PAY"}, pay.arguments());
        assertEquals("funding.act.role",
                refusal(() -> ClaimAct.approve(FINANCE_OFFICER, "finofficer9", inState(ClaimState.REVIEWED), false, NOW)).messageKey());
    }

    @Test
    @DisplayName("the claimant cannot review their own claim")
    void claimantCannotReview() {
        SubsidyClaim c = inState(ClaimState.CLAIMED);
        assertSamePerson(FinanceDuty.CLAIM, FinanceDuty.REVIEW, () -> ClaimAct.review(ALL_ROLES, CLAIMANT, c, NOW));
        assertFalse(ClaimAct.REVIEW.isOpenTo(ALL_ROLES, CLAIMANT, c));
        assertEquals(ClaimState.CLAIMED, c.getState());
    }

    @Test
    @DisplayName("the same person is recognised whatever the case of the user name")
    void samePersonIgnoresCase() {
        SubsidyClaim c = inState(ClaimState.CLAIMED);
        assertSamePerson(FinanceDuty.CLAIM, FinanceDuty.REVIEW, () -> ClaimAct.review(ALL_ROLES, CLAIMANT.toUpperCase(), c, NOW));
    }

    @Test
    @DisplayName("the reviewer cannot approve")
    void reviewerCannotApprove() {
        SubsidyClaim c = inState(ClaimState.REVIEWED);
        assertSamePerson(FinanceDuty.REVIEW, FinanceDuty.APPROVE, () -> ClaimAct.approve(ALL_ROLES, REVIEWER, c, false, NOW));
        assertEquals(ClaimState.REVIEWED, c.getState());
    }

    @Test
    @DisplayName("the approver cannot give the second approval")
    void approverCannotSecondApprove() {
        SubsidyClaim c = inState(ClaimState.AWAITING_SECOND);
        assertSamePerson(FinanceDuty.APPROVE, FinanceDuty.SECOND_APPROVE, () -> ClaimAct.approve(ALL_ROLES, APPROVER, c, true, NOW));
        assertEquals(ClaimState.AWAITING_SECOND, c.getState());
    }

    @Test
    @DisplayName("none who claimed, reviewed, approved or second-approved the claim can pay it")
    void noEarlierDutyHolderCanPay() {
        SubsidyClaim c = inState(ClaimState.APPROVED);
        assertSamePerson(FinanceDuty.CLAIM, FinanceDuty.PAY, () -> ClaimAct.pay(ALL_ROLES, CLAIMANT, c, 3L, NOW));
        assertSamePerson(FinanceDuty.REVIEW, FinanceDuty.PAY, () -> ClaimAct.pay(ALL_ROLES, REVIEWER, c, 3L, NOW));
        assertSamePerson(FinanceDuty.APPROVE, FinanceDuty.PAY, () -> ClaimAct.pay(ALL_ROLES, APPROVER, c, 3L, NOW));
        assertSamePerson(FinanceDuty.SECOND_APPROVE, FinanceDuty.PAY, () -> ClaimAct.pay(ALL_ROLES, SECOND, c, 3L, NOW));
        assertEquals(ClaimState.APPROVED, c.getState());
        assertNull(c.getPaidBy());
    }

    @Test
    @DisplayName("a rejection is the duty of the step it stops: the claimant cannot reject at review, the reviewer not at approval")
    void rejectionIsTheDutyOfTheStepItStops() {
        assertSamePerson(FinanceDuty.CLAIM, FinanceDuty.REVIEW,
                () -> ClaimAct.reject(ALL_ROLES, CLAIMANT, inState(ClaimState.CLAIMED), "撤回", NOW));
        assertSamePerson(FinanceDuty.REVIEW, FinanceDuty.APPROVE,
                () -> ClaimAct.reject(ALL_ROLES, REVIEWER, inState(ClaimState.REVIEWED), "不予支付", NOW));
        assertSamePerson(FinanceDuty.APPROVE, FinanceDuty.SECOND_APPROVE,
                () -> ClaimAct.reject(ALL_ROLES, APPROVER, inState(ClaimState.AWAITING_SECOND), "不予支付", NOW));
    }

    @Test
    @DisplayName("five different people take a claim above the amount from claim to paid, each recorded with their duty")
    void fiveDifferentPeopleTakeTheClaimToPaid() {
        SubsidyClaim c = claim(12L, CLAIMANT);
        ClaimAct.review(FINANCE_APPROVER, REVIEWER, c, NOW);
        assertFalse(ClaimAct.approve(FINANCE_APPROVER, APPROVER, c, true, NOW), "not final: a second approval follows");
        assertEquals(ClaimState.AWAITING_SECOND, c.getState());
        assertTrue(ClaimAct.approve(DIRECTOR, SECOND, c, true, NOW));
        assertEquals(ClaimState.APPROVED, c.getState());
        ClaimAct.pay(FINANCE_OFFICER, PAYER, c, 3L, NOW);
        assertEquals(ClaimState.BATCHED, c.getState());
        assertEquals(Long.valueOf(3L), c.getBatchId());
        ClaimAct.confirmPaid(c);
        assertEquals(ClaimState.PAID, c.getState());
        assertEquals(Map.of(FinanceDuty.CLAIM, CLAIMANT, FinanceDuty.REVIEW, REVIEWER, FinanceDuty.APPROVE, APPROVER,
                FinanceDuty.SECOND_APPROVE, SECOND, FinanceDuty.PAY, PAYER), c.duties());
    }

    @Test
    @DisplayName("at or below the amount one approval is final")
    void oneApprovalIsFinalWithoutSecond() {
        SubsidyClaim c = inState(ClaimState.REVIEWED);
        assertTrue(ClaimAct.approve(DIRECTOR, APPROVER, c, false, NOW));
        assertEquals(ClaimState.APPROVED, c.getState());
        assertNull(c.getSecondApprovedBy());
    }

    @Test
    @DisplayName("the acts open to a person follow from role, state and duties taken")
    void openToFollowsRoleStateAndDuties() {
        SubsidyClaim c = inState(ClaimState.CLAIMED);
        assertEquals(EnumSet.of(ClaimAct.REVIEW, ClaimAct.REJECT), ClaimAct.openTo(FINANCE_APPROVER, REVIEWER, c));
        assertEquals(EnumSet.of(ClaimAct.REJECT), ClaimAct.openTo(DIRECTOR, SECOND, c));
        assertEquals(EnumSet.noneOf(ClaimAct.class), ClaimAct.openTo(ALL_ROLES, CLAIMANT, c));
        assertEquals(EnumSet.noneOf(ClaimAct.class), ClaimAct.openTo(FINANCE_OFFICER, PAYER, c));
    }

    @Test
    @DisplayName("a rejection without a reason is refused and the claim stays as it was")
    void refusesRejectionWithoutReason() {
        SubsidyClaim c = inState(ClaimState.CLAIMED);
        assertEquals("funding.claim.reasonRequired", refusal(() -> ClaimAct.reject(FINANCE_APPROVER, REVIEWER, c, null, NOW)).messageKey());
        assertEquals("funding.claim.reasonRequired", refusal(() -> ClaimAct.reject(FINANCE_APPROVER, REVIEWER, c, "  ", NOW)).messageKey());
        assertEquals(ClaimState.CLAIMED, c.getState());
        assertNull(c.getRejectedBy());
    }

    @Test
    @DisplayName("a rejected claim records who and why, and frees its case, lawyer and stage for a new claim")
    void rejectionFreesTheActiveKey() {
        SubsidyClaim c = inState(ClaimState.REVIEWED);
        String key = SubsidyClaim.keyOf(CASE_ID, LAWYER_ID, ProcedureStage.FIRST_INSTANCE);
        // active_key has no getter: it is read for the database's unique constraint only
        assertEquals(key, get(c, "activeKey"));
        ClaimAct.reject(DIRECTOR, SECOND, c, "  材料不全  ", NOW);
        assertEquals(ClaimState.REJECTED, c.getState());
        assertFalse(c.getState().isActive());
        assertEquals(SECOND, c.getRejectedBy());
        assertEquals("材料不全", c.getRejectionReason());
        assertNull(get(c, "activeKey"), "the unique key is freed");
        SubsidyClaim again = claim(13L, CLAIMANT);
        assertEquals(key, get(again, "activeKey"));
        assertEquals(ClaimState.CLAIMED, again.getState());
    }
}
