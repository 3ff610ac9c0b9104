package org.legalaid.reporting.boundary;

import org.legalaid.reporting.Figures;
import org.legalaid.reporting.Growth;
import org.legalaid.reporting.Period;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A period's figures beside those of the same period a year earlier.
 *
 * @param period   the period
 * @param current  its figures
 * @param previous the figures of {@link Period#previousYear()}
 */
public record Comparison(Period period, Figures current, Figures previous) implements Serializable {

    /** Year-on-year growth of one figure in percent; empty when last year's count was 0. */
    public Optional<BigDecimal> growth(String name) {
        return Growth.yearOnYear(current.get(name), previous.get(name));
    }

    /** The names of the figures of either period. */
    public SortedSet<String> names() {
        SortedSet<String> s = new TreeSet<>(current.asMap().keySet());
        s.addAll(previous.asMap().keySet());
        return s;
    }
}
