package org.legalaid.lawyers.boundary;

/** The two documents an assignment produces (docs/domain.md "Case lifecycle" 7). */
public enum AssignmentDocument {
    /** 指派通知书, to the lawyer's firm: the case, the client, the lawyer and the agreement deadline. */
    NOTICE,
    /** 法律援助公函, to the court, procuratorate, police or other organ: this lawyer is assigned. */
    LETTER
}
