package org.legalaid.funding;

/**
 * The anti-misappropriation rules (docs/domain.md "Funding"; seed 000: 截留、挪用、随意增加办案补贴, seed 003: 挤占、
 * 有偿办案; LAL art. 20, 61) and the reconciliation's findings, each with its default severity. The
 * severity and whether a rule runs are data ({@link RuleSetting}).
 */
public enum RuleCode {
    /** 1. Payment for a case that is not archived, or whose file review failed. */
    NOT_ARCHIVED(Severity.HIGH),
    /** 2. The payee is not the lawyer (or firm) assigned to the case. */
    PAYEE_NOT_ASSIGNED(Severity.HIGH),
    /** 3. Amount above the standard without an approved, documented exception (随意增加补贴). */
    ABOVE_STANDARD(Severity.HIGH),
    /** 4a. Another claim or payment for the same case and stage. */
    DUPLICATE(Severity.HIGH),
    /** 4b. Several payments to one payee just under the second-approval amount within a window. */
    SPLIT_PAYMENTS(Severity.MEDIUM),
    /** 5a. Payment to an account other than the registered one. */
    UNREGISTERED_ACCOUNT(Severity.HIGH),
    /** 5b. One account registered for several firms. */
    SHARED_ACCOUNT(Severity.MEDIUM),
    /** 6. Payment to a suspended or exited lawyer for work after the suspension. */
    SUSPENDED_LAWYER(Severity.HIGH),
    /** 7. Charged to a fund whose uses exclude it (挪用 / 挤占). */
    FUND_PURPOSE(Severity.HIGH),
    /** 8. An allocation received and neither passed on nor spent in time (截留). */
    WITHHELD_ALLOCATION(Severity.HIGH),
    /** 9. The unit's budget for the year is overrun. */
    BUDGET_OVERRUN(Severity.MEDIUM),
    /** 10. The lawyer took money from the client (有偿办案, LAL art. 20): reported by the complaints part. */
    CLIENT_PAYMENT(Severity.HIGH),
    /** Reconciliation: a payment that no statement line settles. */
    RECON_UNMATCHED_PAYMENT(Severity.MEDIUM),
    /** Reconciliation: a statement line that settles no payment. */
    RECON_UNMATCHED_LINE(Severity.MEDIUM),
    /** Reconciliation: a statement line for a payment with another amount. */
    RECON_AMOUNT_MISMATCH(Severity.HIGH),
    /** Reconciliation: a statement line for a payment to another account. */
    RECON_ACCOUNT_MISMATCH(Severity.HIGH);

    private final Severity defaultSeverity;

    RuleCode(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String labelKey() {
        return "rule." + name();
    }
}
