package org.legalaid.funding.recon;

import org.legalaid.funding.RuleCode;

/** What reconciliation found for a statement line or a payment; every outcome but a match is a flag. */
public enum ReconOutcome {
    MATCHED(null),
    AMOUNT_MISMATCH(RuleCode.RECON_AMOUNT_MISMATCH),
    ACCOUNT_MISMATCH(RuleCode.RECON_ACCOUNT_MISMATCH),
    /** A statement line that settles no payment. */
    UNMATCHED_LINE(RuleCode.RECON_UNMATCHED_LINE),
    /** A payment that no statement line settles. */
    UNMATCHED_PAYMENT(RuleCode.RECON_UNMATCHED_PAYMENT);

    private final RuleCode rule;

    ReconOutcome(RuleCode rule) {
        this.rule = rule;
    }

    /** The rule whose flag the outcome raises, or null for a match. */
    public RuleCode rule() {
        return rule;
    }

    public String labelKey() {
        return "reconOutcome." + name();
    }
}
