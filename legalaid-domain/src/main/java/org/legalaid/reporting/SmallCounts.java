package org.legalaid.reporting;

/**
 * Small-count suppression (issue 17: "figures that must not identify a person"): a count from 1 up to
 * below the threshold is shown as {@code <threshold} (e.g. "<5") in anything that leaves the system —
 * Excel, PDF, the public page, REST and CSV. Zero is shown: nobody can be identified among no one.
 * Staff screens inside the system show exact counts.
 *
 * @param threshold the smallest count shown as it is; 1 suppresses nothing
 */
public record SmallCounts(int threshold) {

    /** The threshold unless configured otherwise ({@code legalaid.reporting.smallCountThreshold}). */
    public static final int DEFAULT_THRESHOLD = 5;

    public SmallCounts {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
    }

    public static SmallCounts standard() {
        return new SmallCounts(DEFAULT_THRESHOLD);
    }

    /**
     * A figure as it may leave the system: an amount of money ({@link Figures#isAmount}) in yuan as it
     * is — it names nobody —, a count through {@link #show(long)}.
     */
    public String show(String name, long value) {
        return Figures.isAmount(name) ? Figures.text(name, value) : show(value);
    }

    /** Whether this count must not leave the system as it is. */
    public boolean suppresses(long count) {
        return count > 0 && count < threshold;
    }

    /** The count as it may leave the system: the number, or {@code <threshold}. */
    public String show(long count) {
        return suppresses(count) ? "<" + threshold : Long.toString(count);
    }
}
