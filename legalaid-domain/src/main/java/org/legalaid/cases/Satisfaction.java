package org.legalaid.cases;

/** The client's satisfaction asked at a follow-up visit 回访 (LAL art. 59): 满意 / 基本满意 / 不满意. */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;

    public String labelKey() {
        return "satisfaction." + name();
    }
}
