package org.legalaid.funding;

/** What a fund may pay for (专款专用). */
public enum FundUse {
    /** 办案补贴. */
    CASE_SUBSIDY,
    /** 值班律师补贴. */
    DUTY_LAWYER_SUBSIDY,
    /** 工作经费 (operating costs). */
    OPERATING_COST,
    /** 培训与宣传. */
    TRAINING_PUBLICITY;

    public String labelKey() {
        return "fundUse." + name();
    }
}
