package org.legalaid.cases.boundary;

/** The documents of an approved termination. */
public enum TerminationDocument {
    /** 终止法律援助决定书 to the client (LAL art. 48, 49). */
    DECISION,
    /** 终止法律援助通知书 to the court, procuratorate or police (criminal cases only). */
    ORGAN_NOTICE
}
