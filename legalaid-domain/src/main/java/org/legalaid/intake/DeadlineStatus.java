package org.legalaid.intake;

/** Where a step stands against its {@link Deadline} (see {@link StatutoryClock#status}). */
public enum DeadlineStatus {
    /** More time is left than the due-soon window. */
    ON_TIME,
    /** The deadline ends within the due-soon window (two days unless set otherwise). */
    DUE_SOON,
    /** The deadline has passed. */
    OVERDUE;

    public String labelKey() {
        return "deadlineStatus." + name();
    }
}
