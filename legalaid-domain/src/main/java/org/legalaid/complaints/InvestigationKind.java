package org.legalaid.complaints;

/** The kinds of investigation record (调查笔录, order 149 art. 16–17). */
public enum InvestigationKind {
    /** 询问笔录: an interview, signed by the person interviewed (art. 17). */
    INTERVIEW,
    /** 现场调查: a site visit. */
    SITE_VISIT,
    /** 调阅案卷: a review of the case file. */
    FILE_REVIEW;

    public String labelKey() {
        return "investigationKind." + name();
    }
}
