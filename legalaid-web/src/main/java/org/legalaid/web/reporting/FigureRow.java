package org.legalaid.web.reporting;

import org.legalaid.reporting.Figures;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One figure as a page shows it.
 *
 * @param name     its name ({@code cases.opened})
 * @param label    its text in the user's language
 * @param current  the count of the period
 * @param previous the count of the same period a year earlier, or {@code null} where not compared
 * @param growth   year-on-year growth in percent, or {@code null} (no comparison, or nothing last year)
 */
public record FigureRow(String name, String label, long current, Long previous, BigDecimal growth) implements Serializable {

    /** The figure of the period as text: an amount in yuan with two decimals, a count as it is. */
    public String currentText() {
        return Figures.text(name, current);
    }

    /** The figure a year earlier as text, or {@code null}. */
    public String previousText() {
        return previous == null ? null : Figures.text(name, previous);
    }
}
