package org.legalaid.intake;

/**
 * The stage of the criminal proceedings at which a notice is given (通知辩护, LAL art. 36): the
 * centre assigns a lawyer for that stage, and the subsidy standard differs by stage (LAL art. 52).
 * A retrial is tried under the first- or second-instance procedure (Criminal Procedure Law
 * art. 256) and is recorded as that stage.
 */
public enum ProceedingStage {
    /** 侦查. */
    INVESTIGATION,
    /** 审查起诉. */
    PROSECUTION_REVIEW,
    /** 一审. */
    FIRST_INSTANCE,
    /** 二审. */
    SECOND_INSTANCE,
    /** 死刑复核. */
    DEATH_PENALTY_REVIEW;

    /** Whether the stage is a trial (first or second instance) before a court. */
    public boolean isTrial() {
        return this == FIRST_INSTANCE || this == SECOND_INSTANCE;
    }

    /** Message bundle key of the label, {@code proceedingStage.<NAME>}. */
    public String labelKey() {
        return "proceedingStage." + name();
    }
}
