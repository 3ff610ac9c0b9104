package org.legalaid.lawyers;

/**
 * What kind of organisation a member of the pool is (LAL art. 12, 13, 16): a law firm 律师事务所,
 * or a basic legal service office 基层法律服务所.
 */
public enum FirmKind {
    LAW_FIRM,
    LEGAL_SERVICE_OFFICE;

    public String labelKey() {
        return "firmKind." + name();
    }

    /** What official documents call the office (always Chinese): 律师事务所 or 基层法律服务所. */
    public String title() {
        return this == LAW_FIRM ? "律师事务所" : "基层法律服务所";
    }
}
