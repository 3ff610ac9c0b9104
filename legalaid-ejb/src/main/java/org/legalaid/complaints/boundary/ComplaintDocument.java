package org.legalaid.complaints.boundary;

/** The printable documents of a complaint (MoJ order 149). */
public enum ComplaintDocument {
    /** 不予受理投诉告知书 (art. 15), once not accepted. */
    NON_ACCEPTANCE,
    /** 投诉处理决定书 (art. 22, 24), once decided. */
    DECISION,
    /** 投诉案卷目录, the index of the one file (一事一卷, art. 25), at any time. */
    FILE_INDEX
}
