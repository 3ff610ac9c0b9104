package org.legalaid.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A set of named counts ({@code applications.received}, {@code consultations.channel.HOTLINE_12348},
 * {@code cases.archived} …), sorted by name. The roll-up of several units' reports is the sum name by
 * name ({@link #sum}); a name missing from a report counts 0.
 *
 * <p>A figure whose name ends in {@value #AMOUNT_SUFFIX} is an amount of money (the subsidies paid by
 * fund, LAL art. 58 "经费使用情况") kept exactly as whole fen, so that it adds up and compares year on year
 * like a count; it is read and shown as yuan ({@link #yuan}) and never suppressed as a small count.
 */
public final class Figures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SortedMap<String, Long> counts;

    /** The ending of the name of an amount of money, kept in fen. */
    public static final String AMOUNT_SUFFIX = ".fen";

    /** Whether a figure is an amount of money rather than a count. */
    public static boolean isAmount(String name) {
        return name.endsWith(AMOUNT_SUFFIX);
    }

    /** An amount in yuan as whole fen; more than two decimals are refused, never rounded. */
    public static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    /** Whole fen as yuan with two decimals. */
    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** A figure as text: an amount in yuan with two decimals, a count as it is. */
    public static String text(String name, long value) {
        return isAmount(name) ? yuan(value).toPlainString() : Long.toString(value);
    }

    public Figures(Map<String, Long> counts) {
        counts.forEach((k, v) -> {
            if (v == null || v < 0) {
                throw new IllegalArgumentException("count " + k + " = " + v);
            }
        });
        this.counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }

    public static Figures empty() {
        return new Figures(Map.of());
    }

    /** The count of a name, 0 when absent. */
    public long get(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public SortedMap<String, Long> asMap() {
        return counts;
    }

    /** These figures and others, name by name. */
    public Figures plus(Figures other) {
        Map<String, Long> m = new TreeMap<>(counts);
        other.counts.forEach((k, v) -> m.merge(k, v, Long::sum));
        return new Figures(m);
    }

    /** The sum of several sets of figures, name by name (the roll-up of submitted reports). */
    public static Figures sum(Collection<Figures> all) {
        Figures s = empty();
        for (Figures f : all) {
            s = s.plus(f);
        }
        return s;
    }

    /** The sum of the counts whose names start with {@code prefix} (e.g. all channels of consultations). */
    public long total(String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && f.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
