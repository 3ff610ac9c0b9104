package org.legalaid.intake;

/**
 * The kind of proceeding the applicant needs help in (docs/domain.md, "Case lifecycle" 2; the forms
 * of aid in LAL art. 22). It decides which scope rule applies ({@link ScopeCheck}): criminal
 * matters and appeals are in scope by their type, the others by their {@link MatterCategory}.
 */
public enum MatterType {
    /** 刑事: defence of a suspect or defendant, or acting for a victim (LAL art. 24–29). */
    CRIMINAL,
    /** 民事: civil litigation. */
    CIVIL,
    /** 行政: administrative litigation or reconsideration. */
    ADMINISTRATIVE,
    /** 国家赔偿: state compensation proceedings (LAL art. 31(1), 32(3)). */
    STATE_COMPENSATION,
    /** 申诉: petition against an effective judgment, once a retrial or protest is decided (LAL art. 33). */
    APPEAL,
    /** 劳动仲裁: labour dispute arbitration (LAL art. 22(6)). */
    LABOUR_ARBITRATION,
    /** 非诉: non-litigation matters — negotiation, mediation, documents (LAL art. 22(4)). */
    NON_LITIGATION;

    /** Message bundle key of the label, {@code matterType.<NAME>}. */
    public String labelKey() {
        return "matterType." + name();
    }
}
