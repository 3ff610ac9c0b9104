package org.legalaid.reporting.boundary;

import org.legalaid.reporting.SubmittedReport;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A reporting unit's state for a report of a period, as the level above sees it.
 *
 * @param unitId   the unit
 * @param unitName its name
 * @param dueOn    the last day to submit
 * @param latest   the latest submitted version, or {@code null} when none was submitted
 * @param late     whether it is overdue (nothing submitted after the due date) or was submitted late
 */
public record UnitReport(long unitId, String unitName, LocalDate dueOn, SubmittedReport latest, boolean late)
        implements Serializable {

    public boolean submitted() {
        return latest != null;
    }
}
