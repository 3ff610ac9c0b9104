package org.legalaid.funding;

/**
 * Where a subsidy claim stands:
 * <pre>
 *   CLAIMED ─review─▶ REVIEWED ─approve─▶ APPROVED ─batch─▶ BATCHED ─bank confirms─▶ PAID
 *      │                 │  └─ above the amount ─▶ AWAITING_SECOND ─approve─▶ APPROVED
 *      └─────────────────┴──── reject (reason) ──▶ REJECTED
 * </pre>
 */
public enum ClaimState {
    CLAIMED, REVIEWED, AWAITING_SECOND, APPROVED, BATCHED, PAID, REJECTED;

    /** Whether the claim still counts as the one claim of its case, lawyer and stage. */
    public boolean isActive() {
        return this != REJECTED;
    }

    public String labelKey() {
        return "claimState." + name();
    }
}
