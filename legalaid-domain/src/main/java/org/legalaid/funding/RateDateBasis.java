package org.legalaid.funding;

/** Which date of a case selects the subsidy standard in force (a setting; assignment by default). */
public enum RateDateBasis {
    /** The lawyer's assignment (指派). */
    ASSIGNMENT,
    /** The case's end (办结). */
    CASE_END,
    /** The archive (归档). */
    ARCHIVE;

    public String labelKey() {
        return "rateDateBasis." + name();
    }
}
