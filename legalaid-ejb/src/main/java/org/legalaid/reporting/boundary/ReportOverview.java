package org.legalaid.reporting.boundary;

import org.legalaid.reporting.Figures;
import org.legalaid.reporting.Period;
import org.legalaid.reporting.ReportKind;

import java.io.Serializable;
import java.util.List;

/**
 * What the level above sees of a report of a period: every reporting unit below it with its state,
 * and the roll-up — the sum of the latest submitted version of each unit that has submitted.
 *
 * @param kind   the report
 * @param period its period
 * @param units  the reporting units, parents before children
 * @param rollUp the sum of the submitted figures
 */
public record ReportOverview(ReportKind kind, Period period, List<UnitReport> units, Figures rollUp) implements Serializable {

    public List<UnitReport> late() {
        return units.stream().filter(UnitReport::late).toList();
    }

    public long submittedCount() {
        return units.stream().filter(UnitReport::submitted).count();
    }
}
