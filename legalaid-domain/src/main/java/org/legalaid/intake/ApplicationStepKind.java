package org.legalaid.intake;

/** The entries of an application's timeline, one per thing that happened to it. */
public enum ApplicationStepKind {
    CONSULTATION,
    RECEIVED,
    FORWARDED_LATE,
    ACCEPTED,
    MATERIALS_REQUESTED,
    MATERIALS_SUPPLIED,
    DEEMED_WITHDRAWN,
    URGENT_AID_STARTED,
    PROPOSED_GRANT,
    PROPOSED_REFUSAL,
    RETURNED_TO_REVIEW,
    GRANTED,
    REFUSED,
    OBJECTION_RECEIVED,
    OBJECTION_UPHELD,
    OBJECTION_ORDERED_AID;

    public String labelKey() {
        return "applicationStep." + name();
    }
}
