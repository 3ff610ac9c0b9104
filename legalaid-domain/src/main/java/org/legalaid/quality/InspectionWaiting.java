package org.legalaid.quality;

/**
 * What a figure of the inspection card on the workbench counts (seed 000's phases: 自查自纠 — every centre's
 * self-report; 集中检查 — the cross-inspection sheets; 总结验收 — 整改 of the centres below the threshold): one kind
 * of inspected centre that waits for someone.
 */
public enum InspectionWaiting {
    /** A centre's self-report not filed while its inspection is in self-inspection. */
    SELF_REPORT,
    /** A centre not scored while its inspection is in cross-inspection. */
    SCORE,
    /** A centre to rectify whose outcome is not recorded yet. */
    RECTIFICATION;

    public String labelKey() {
        return "quality.inspection.waiting." + name();
    }
}
