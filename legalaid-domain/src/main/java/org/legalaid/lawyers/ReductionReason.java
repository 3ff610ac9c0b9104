package org.legalaid.lawyers;

/**
 * Why a lawyer's quota for the year is reduced (issue 4: reductions with a reason, e.g.
 * illness, new licence). {@link #OTHER} needs a note.
 */
public enum ReductionReason {
    /** Long illness, certified. */
    ILLNESS,
    /** Licence in its first year ({@link PracticeYears#inFirstYear}). */
    NEW_LICENCE,
    /** Maternity or parental leave. */
    PARENTAL_LEAVE,
    /** Serving in a public office or secondment that takes the lawyer's time. */
    PUBLIC_DUTY,
    /** Anything else, explained in the note. */
    OTHER;

    public String labelKey() {
        return "reductionReason." + name();
    }
}
