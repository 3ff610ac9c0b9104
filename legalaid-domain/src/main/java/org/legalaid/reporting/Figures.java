package org.legalaid.reporting;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A set of named counts ({@code applications.received}, {@code consultations.channel.HOTLINE_12348},
 * {@code cases.archived} …), sorted by name. The roll-up of several units' reports is the sum name by
 * name ({@link #sum}); a name missing from a report counts 0.
 */
public final class Figures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SortedMap<String, Long> counts;

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
