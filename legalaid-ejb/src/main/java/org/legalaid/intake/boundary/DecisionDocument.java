package org.legalaid.intake.boundary;

/** The written decisions on an application. */
public enum DecisionDocument {
    /** 给予/不予法律援助决定书 of the centre (LAL art. 43). */
    DECISION,
    /** 法律援助异议审查决定书 of the justice bureau (LAL art. 49). */
    OBJECTION_DECISION
}
