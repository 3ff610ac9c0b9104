package org.legalaid.lawyers;

/**
 * Why an assignment ended before the case did. A change of lawyer keeps the ended assignment in
 * the case's history (issue 4: "a lawyer change keeps the history").
 */
public enum EndReason {
    /** The client asked for another lawyer with good reason (LAL art. 55). */
    CLIENT_REQUEST,
    /** A conflict of interest came to light after the assignment (Lawyers Law art. 39). */
    CONFLICT_FOUND,
    /** The lawyer withdrew (illness, leaving the firm or the pool …). */
    LAWYER_WITHDREW,
    /** The aid itself was terminated (LAL art. 48); no next lawyer. */
    TERMINATED;

    /** Whether a next lawyer follows on the same case. */
    public boolean isChange() {
        return this != TERMINATED;
    }

    public String labelKey() {
        return "endReason." + name();
    }
}
