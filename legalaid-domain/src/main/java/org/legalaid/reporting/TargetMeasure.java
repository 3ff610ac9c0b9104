package org.legalaid.reporting;

/**
 * What a target measures (seed 003): the number of cases of the year ("全年办理法律援助案件120件以上"),
 * and the share of civil and administrative applications made at workstations ("力争40%以上的民事(行政)
 * 法律援助案件通过站点申请获得").
 */
public enum TargetMeasure {
    /** Cases opened in the year (a count). */
    CASES(false),
    /** Civil and administrative applications received through a workstation, as a percentage of all of them. */
    WORKSTATION_SHARE(true);

    private final boolean share;

    TargetMeasure(boolean share) {
        this.share = share;
    }

    /** Whether the target is a percentage (at most 100) rather than a count. */
    public boolean share() {
        return share;
    }

    public String labelKey() {
        return "reporting.measure." + name();
    }
}
