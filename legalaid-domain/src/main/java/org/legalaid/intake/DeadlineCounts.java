package org.legalaid.intake;

/**
 * The open clock items of the caller's units, for the dashboard.
 *
 * @param overdue running items whose due date has passed
 * @param dueSoon running items due within two days ({@link StatutoryClock#DUE_SOON_WINDOW})
 * @param paused  items whose clock stands still
 * @param running every running item, the overdue and due-soon ones included
 */
public record DeadlineCounts(long overdue, long dueSoon, long paused, long running) {

    /** Every open item: running or paused. */
    public long open() {
        return running + paused;
    }
}
