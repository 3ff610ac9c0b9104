package org.legalaid.cases;

/**
 * The dated steps of a case in the order the law and the local rules put them (docs/domain.md "Case
 * lifecycle", date logic): application ≤ acceptance ≤ decision/approval ≤ assignment ≤ handling
 * ≤ closing ≤ review ≤ archive. Handling is two milestones, its first and its latest entry, so
 * that every entry lies between the assignment and the closing. The closing file's submission
 * lies between the case's end and the review.
 */
public enum CaseMilestone {
    /** 申请: the application was received (for a notified case: the notice arrived). */
    APPLIED,
    /** 受理: accepted (LAL art. 38). */
    ACCEPTED,
    /** 审批: aid decided or approved (LAL art. 43), or started early (art. 44). */
    DECIDED,
    /** 指派: the first lawyer assigned (art. 43, 36). */
    ASSIGNED,
    /** The first handling entry (meeting, file review, hearing …). */
    FIRST_HANDLING,
    /** The latest handling entry. */
    LAST_HANDLING,
    /** 结案/终止: the case ended (judgment, mediation, withdrawal) or aid was terminated. */
    ENDED,
    /** The lawyer handed in the closing file (LAL art. 50). */
    SUBMITTED,
    /** The centre's review of the file passed. */
    REVIEWED,
    /** 归档. */
    ARCHIVED;

    public String labelKey() {
        return "caseMilestone." + name();
    }
}
