package org.legalaid.funding;

/**
 * The procedure stage a subsidy is paid for (the provincial standards set a rate per matter type and
 * stage, LAL art. 52). One case, one lawyer, one stage is paid at most once.
 */
public enum ProcedureStage {
    /** 侦查阶段. */
    INVESTIGATION,
    /** 审查起诉阶段. */
    PROSECUTION_REVIEW,
    /** 一审. */
    FIRST_INSTANCE,
    /** 二审. */
    SECOND_INSTANCE,
    /** 死刑复核. */
    DEATH_PENALTY_REVIEW,
    /** 再审 / 申诉. */
    RETRIAL,
    /** 仲裁. */
    ARBITRATION,
    /** 非诉讼事项. */
    NON_LITIGATION;

    public String labelKey() {
        return "procedureStage." + name();
    }
}
