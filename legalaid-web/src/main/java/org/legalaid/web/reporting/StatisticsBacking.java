package org.legalaid.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.reporting.Period;
import org.legalaid.reporting.boundary.Comparison;
import org.legalaid.reporting.boundary.StatisticsService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Statistics of a unit with its subtree over any period, beside the same period a year earlier
 * (issue 17). The period is typed as its code (2026-03, 2026-Q1, 2026-H1, 2026, or
 * 2026-01-05..2026-02-01); a wrong one is reported beside the field ({@link PeriodField}).
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatisticsService statistics;

    @Inject
    private OrganisationService organisation;

    private Map<Long, String> units;
    private Long unitId;
    private String periodCode = String.valueOf(LocalDate.now(ChinaTime.ZONE).getYear());
    private Comparison comparison;
    private List<FigureRow> rows = List.of();

    @PostConstruct
    void init() {
        units = organisation.findUnitNamesInScope();
        unitId = units.keySet().stream().findFirst().orElse(null);
        show();
    }

    public void show() {
        if (unitId == null) {
            return;
        }
        Period period;
        try {
            period = Period.parse(periodCode);
        } catch (BusinessException e) {
            Messages.addError(e);
            return;
        }
        Actions.attempt(() -> statistics.compare(unitId, period), null).ifPresent(c -> {
            comparison = c;
            rows = FigureLabels.rows(Messages.locale(FacesContext.getCurrentInstance()), c);
        });
    }

    /** The units of the pickers, as entries (f:selectItems iterates a list). */
    public List<Map.Entry<Long, String>> getUnits() { return List.copyOf(units.entrySet()); }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long v) { this.unitId = v; }
    public String getPeriodCode() { return periodCode; }
    public void setPeriodCode(String v) { this.periodCode = v; }
    public Comparison getComparison() { return comparison; }
    public List<FigureRow> getRows() { return rows; }
}
