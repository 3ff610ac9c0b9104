package org.legalaid.funding;

import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What may be done with a subsidy claim, by whom and when — the one place this is decided. The
 * funding boundary answers "which acts may this caller take on this claim now" from
 * {@link #isOpenTo} and carries every act out through {@link #perform}-style methods that check the
 * same rule first, so a page never offers what the server would refuse, and the server refuses what
 * a forged request asks for.
 *
 * <p>Three conditions, each refused with its own message: the caller's role, the claim's state, and
 * segregation of duties — whoever already took one duty on the claim (claim, review, approval, second
 * approval, payment) takes no other.
 */
public enum ClaimAct {

    /** 审核: the finance approver checks the claim and its calculation. */
    REVIEW(FinanceDuty.REVIEW, Set.of(Roles.FINANCE_APPROVER), EnumSet.of(ClaimState.CLAIMED)),
    /** 审批: a finance approver or the centre's director approves; above the amount a second follows. */
    APPROVE(FinanceDuty.APPROVE, Set.of(Roles.FINANCE_APPROVER, Roles.APPROVER), EnumSet.of(ClaimState.REVIEWED)),
    /** 复批: the second approval of a claim above the configured amount. */
    SECOND_APPROVE(FinanceDuty.SECOND_APPROVE, Set.of(Roles.FINANCE_APPROVER, Roles.APPROVER),
            EnumSet.of(ClaimState.AWAITING_SECOND)),
    /** 退回不予支付: refused with a reason before the final approval; the case may be claimed again. */
    REJECT(null, Set.of(Roles.FINANCE_APPROVER, Roles.APPROVER),
            EnumSet.of(ClaimState.CLAIMED, ClaimState.REVIEWED, ClaimState.AWAITING_SECOND)),
    /** 支付: a finance officer puts the approved claim into a payment batch. */
    PAY(FinanceDuty.PAY, Set.of(Roles.FINANCE_OFFICER), EnumSet.of(ClaimState.APPROVED));

    private final FinanceDuty duty;
    private final Set<String> roles;
    private final Set<ClaimState> states;

    ClaimAct(FinanceDuty duty, Set<String> roles, Set<ClaimState> states) {
        this.duty = duty;
        this.roles = roles;
        this.states = states;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The duty the act is, on {@code c} in its present state (a rejection is the duty of the step it stops). */
    public FinanceDuty dutyOn(SubsidyClaim c) {
        if (duty != null) {
            return duty;
        }
        return switch (c.getState()) {
            case CLAIMED -> FinanceDuty.REVIEW;
            case REVIEWED -> FinanceDuty.APPROVE;
            default -> FinanceDuty.SECOND_APPROVE;
        };
    }

    /** Whether someone holding {@code hasRole}, signed in as {@code user}, may take this act on {@code c} now. */
    public boolean isOpenTo(Predicate<String> hasRole, String user, SubsidyClaim c) {
        return roles.stream().anyMatch(hasRole) && states.contains(c.getState()) && otherDutyOf(user, c) == null;
    }

    /**
     * Checks the act as {@link #isOpenTo} does, naming what fails.
     *
     * @throws BusinessException {@code funding.act.role} (act); {@code funding.claim.wrongState} (state);
     *                           {@code funding.sod.samePerson} (the duty already taken, this duty)
     */
    public void require(Predicate<String> hasRole, String user, SubsidyClaim c) {
        if (roles.stream().noneMatch(hasRole)) {
            throw new BusinessException("funding.act.role", labelKey());
        }
        if (!states.contains(c.getState())) {
            throw new BusinessException("funding.claim.wrongState", c.getState().labelKey());
        }
        FinanceDuty taken = otherDutyOf(user, c);
        if (taken != null) {
            throw new BusinessException("funding.sod.samePerson", taken.labelKey(), dutyOn(c).labelKey());
        }
    }

    private FinanceDuty otherDutyOf(String user, SubsidyClaim c) {
        for (Map.Entry<FinanceDuty, String> e : c.duties().entrySet()) {
            if (e.getValue().equalsIgnoreCase(user)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The acts open to the caller on {@code c}. */
    public static Set<ClaimAct> openTo(Predicate<String> hasRole, String user, SubsidyClaim c) {
        EnumSet<ClaimAct> out = EnumSet.noneOf(ClaimAct.class);
        for (ClaimAct a : values()) {
            if (a.isOpenTo(hasRole, user, c)) {
                out.add(a);
            }
        }
        return out;
    }

    // ---- the acts, each checked first --------------------------------------------------------

    public static void review(Predicate<String> hasRole, String user, SubsidyClaim c, OffsetDateTime now) {
        REVIEW.require(hasRole, user, c);
        c.review(user, now);
    }

    /** The first or the second approval; true when the claim is now finally approved. */
    public static boolean approve(Predicate<String> hasRole, String user, SubsidyClaim c, boolean needsSecond,
                                  OffsetDateTime now) {
        (c.getState() == ClaimState.AWAITING_SECOND ? SECOND_APPROVE : APPROVE).require(hasRole, user, c);
        return c.approve(user, needsSecond, now);
    }

    public static void reject(Predicate<String> hasRole, String user, SubsidyClaim c, String reason, OffsetDateTime now) {
        REJECT.require(hasRole, user, c);
        c.reject(user, reason, now);
    }

    public static void pay(Predicate<String> hasRole, String user, SubsidyClaim c, long batchId, OffsetDateTime now) {
        PAY.require(hasRole, user, c);
        c.addToBatch(batchId, user, now);
    }

    /** The bank confirmed the claim's payment (the batch's confirmation, checked there). */
    public static void confirmPaid(SubsidyClaim c) {
        c.confirmPaid();
    }

    public String labelKey() {
        return "claimAct." + name();
    }
}
