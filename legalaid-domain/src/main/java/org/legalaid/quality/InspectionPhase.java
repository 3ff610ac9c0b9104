package org.legalaid.quality;

/**
 * The phases of an institution inspection, in order (seed 000 "三、检查活动的方法和步骤": 学习发动, 自查自纠 with
 * each centre's self-report, 集中检查 with the centres inspecting each other in groups, 总结验收和表彰), and the
 * campaign closed after acceptance.
 */
public enum InspectionPhase {
    MOBILISE, SELF_INSPECTION, CROSS_INSPECTION, ACCEPTANCE, CLOSED;

    /** The phase after this one. */
    public InspectionPhase next() {
        if (this == CLOSED) {
            throw new IllegalStateException("closed is the last phase");
        }
        return values()[ordinal() + 1];
    }

    public String labelKey() {
        return "quality.inspection.phase." + name();
    }
}
