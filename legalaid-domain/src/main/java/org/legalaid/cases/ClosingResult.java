package org.legalaid.cases;

/** The outcome of the centre's review of one closing submission (docs/domain.md 9). */
public enum ClosingResult {
    /** 退回补正: items missing or defective were listed back to the lawyer. */
    RETURNED,
    /** 审查通过: every required item present and accepted. */
    PASSED;

    public String labelKey() {
        return "closingResult." + name();
    }
}
