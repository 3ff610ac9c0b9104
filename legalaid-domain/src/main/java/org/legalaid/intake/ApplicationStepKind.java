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
    OBJECTION_ORDERED_AID,
    /** A lawyer was assigned (指派, LAL art. 43); the note names the lawyer and the notice number. */
    LAWYER_ASSIGNED,
    /** The assigned lawyer was replaced (LAL art. 55, a conflict found, withdrawal); the history stays. */
    LAWYER_CHANGED;

    public String labelKey() {
        return "applicationStep." + name();
    }
}
