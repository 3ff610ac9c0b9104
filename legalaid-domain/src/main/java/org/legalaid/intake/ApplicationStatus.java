package org.legalaid.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands (docs/domain.md "Case lifecycle" 2–6). Transitions are guarded by
 * {@link Application}; this enum only names the states.
 */
public enum ApplicationStatus {
    /** 已登记: received and registered, not yet accepted (the 7-day clock of LAL art. 43 runs). */
    SUBMITTED,
    /** 已受理: accepted with its jurisdiction; under review. */
    ACCEPTED,
    /** 待补正: the one written list of missing materials went out; the decision clock stands still (LAL art. 43). */
    AWAITING_MATERIALS,
    /** 待审批: the reviewer proposed a decision; the approver decides. */
    PENDING_APPROVAL,
    /** 给予法律援助: granted (by the centre, or ordered by the justice bureau on objection). */
    GRANTED,
    /** 不予法律援助: refused; the applicant may object to the justice bureau (LAL art. 49). */
    REFUSED,
    /** 异议审查中: the justice bureau reviews the applicant's objection (5 days, LAL art. 49). */
    OBJECTION_PENDING,
    /** 维持不予援助: the bureau upheld the refusal. */
    REFUSAL_UPHELD,
    /** 视为撤回: the materials were not supplied in time (LAL art. 43). */
    DEEMED_WITHDRAWN;

    /** States before a decision, in which review may go on and urgent prior aid may start. */
    public static final Set<ApplicationStatus> UNDECIDED = EnumSet.of(SUBMITTED, ACCEPTED, AWAITING_MATERIALS, PENDING_APPROVAL);

    public boolean isUndecided() {
        return UNDECIDED.contains(this);
    }

    public String labelKey() {
        return "applicationStatus." + name();
    }
}
