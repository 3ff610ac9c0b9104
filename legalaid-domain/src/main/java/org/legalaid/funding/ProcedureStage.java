package org.legalaid.funding;

/**
 * The procedure stage a subsidy is paid for (the provincial standards set a rate per matter type and
 * stage, LAL art. 52). One case, one lawyer, one stage is paid at most once.
 */
public enum ProcedureStage {
    /** 侦查阶段. */
    INVESTIGATION("侦查阶段"),
    /** 审查起诉阶段. */
    PROSECUTION_REVIEW("审查起诉阶段"),
    /** 一审. */
    FIRST_INSTANCE("一审"),
    /** 二审. */
    SECOND_INSTANCE("二审"),
    /** 死刑复核. */
    DEATH_PENALTY_REVIEW("死刑复核"),
    /** 再审 / 申诉. */
    RETRIAL("再审/申诉"),
    /** 仲裁. */
    ARBITRATION("仲裁"),
    /** 非诉讼事项. */
    NON_LITIGATION("非诉讼事项");

    private final String chineseName;

    ProcedureStage(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The stage's name as official records write it (timelines, vouchers). */
    public String chineseName() {
        return chineseName;
    }

    public String labelKey() {
        return "procedureStage." + name();
    }
}
