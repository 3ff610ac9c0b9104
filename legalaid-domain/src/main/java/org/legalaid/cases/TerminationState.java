package org.legalaid.cases;

/**
 * Where a termination of aid stands (LAL art. 48, 49).
 *
 * <pre>
 *   PROPOSED ──director approves──▶ APPROVED ──objection: bureau orders correction (art. 49)──▶ REVOKED
 *      └────── director rejects ──▶ REJECTED
 * </pre>
 */
public enum TerminationState {
    /** 待审批: proposed by the case supervisor or the assignment officer. */
    PROPOSED,
    /** 已终止: approved by the director; the case is terminated. */
    APPROVED,
    /** 不予终止: the director rejected the proposal; the case goes on. */
    REJECTED,
    /** 已撤销: the justice bureau, on the client's objection, ordered the centre to correct it (art. 49). */
    REVOKED;

    public String labelKey() {
        return "terminationState." + name();
    }
}
