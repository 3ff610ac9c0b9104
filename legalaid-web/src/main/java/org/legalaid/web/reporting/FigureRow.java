package org.legalaid.web.reporting;

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
}
