package org.legalaid.lawyers;

/**
 * The result of a lawyer's annual assessment 考核 (LAL art. 60: the justice bureau and the bar
 * association assess how lawyers fulfil their legal aid duty). 优秀 / 合格 / 基本合格 / 不合格.
 */
public enum AssessmentResult {
    EXCELLENT,
    QUALIFIED,
    BASIC,
    UNQUALIFIED;

    /**
     * An unqualified result may lead to suspension or exit from the pool (docs/domain.md "Lawyer pool":
     * 准入、考核、退出); the change itself goes through the status lifecycle with its approver.
     */
    public boolean mayLeadToSuspension() {
        return this == UNQUALIFIED;
    }

    public String labelKey() {
        return "assessmentResult." + name();
    }
}
