package org.legalaid.complaints;

/** The decision on an investigated complaint (处理决定, order 149 art. 22). */
public enum ComplaintOutcome {
    /** 投诉事项不成立, 不予支持. */
    NOT_SUPPORTED(false),
    /** 批评教育、责令改正. */
    CRITICISM_AND_EDUCATION(true),
    /** 移送律师协会给予行业处分. */
    BAR_ASSOCIATION_REFERRAL(true),
    /** 给予行政处罚. */
    ADMINISTRATIVE_PENALTY(true),
    /** 给予处分 (staff of a legal aid organ). */
    DISCIPLINARY_SANCTION(true),
    /** 移送司法机关. */
    JUDICIAL_TRANSFER(true);

    private final boolean upheld;

    ComplaintOutcome(boolean upheld) {
        this.upheld = upheld;
    }

    /** Whether the complaint was found founded (every outcome but {@link #NOT_SUPPORTED}). */
    public boolean isUpheld() {
        return upheld;
    }

    public String labelKey() {
        return "complaintOutcome." + name();
    }
}
