package org.legalaid.intake;

/**
 * What the deadline list shows of the open clock items in the caller's units.
 *
 * @param show which items
 * @param step only this step, or null for every step
 */
public record DeadlineFilter(Show show, ClockStep step) {

    /** Which open items a list shows. */
    public enum Show {
        /** Every open item, running or paused. */
        OPEN,
        /** Running items past their due date. */
        OVERDUE,
        /** Running items due within two days, not yet overdue. */
        DUE_SOON,
        /** Items whose clock stands still. */
        PAUSED;

        public String labelKey() {
            return "deadlineFilter." + name();
        }
    }

    public DeadlineFilter {
        show = show == null ? Show.OPEN : show;
    }

    public static DeadlineFilter all() {
        return new DeadlineFilter(Show.OPEN, null);
    }
}
