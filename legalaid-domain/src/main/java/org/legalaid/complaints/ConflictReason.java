package org.legalaid.complaints;

/** Why an investigator must step aside (回避, order 149 art. 18). */
public enum ConflictReason {
    /** The investigator is the staff member complained about. */
    IS_RESPONDENT,
    /** The investigator works in the unit complained about, or in the unit of the staff member complained about. */
    SAME_UNIT_AS_RESPONDENT,
    /** The investigator supervises the case concerned (一案专人监督). */
    CASE_SUPERVISOR,
    /** The investigator declared a relation to a party (近亲属或其他利害关系). */
    DECLARED_RELATION;

    public String labelKey() {
        return "conflictReason." + name();
    }
}
