package org.legalaid.intake;

/** Where a {@link ClockItem} stands, whatever its due date. */
public enum ClockState {
    /** Open, and its time is running. */
    RUNNING,
    /** Open, its clock stopped (e.g. while missing materials are awaited, LAL art. 43). */
    PAUSED,
    /** The step was done; {@link ClockItem#getLate()} says whether in time. */
    COMPLETED,
    /** The step fell away (e.g. the application was withdrawn); never late. */
    CANCELLED;

    public boolean isOpen() {
        return this == RUNNING || this == PAUSED;
    }

    public String labelKey() {
        return "clockState." + name();
    }
}
