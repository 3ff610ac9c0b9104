package org.legalaid.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.reporting.TargetMeasure;
import org.legalaid.reporting.boundary.TargetService;
import org.legalaid.reporting.boundary.TargetView;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Targets per unit and year with their progress against the expected progress for today (issue 17;
 * seed 003): a chart of reached against expected per target, the table, and — for the bureau's
 * supervisor — the form that sets a target (a value below zero is refused with its message).
 */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TargetService targets;

    @Inject
    private OrganisationService organisation;

    private Map<Long, String> units;
    private int year = LocalDate.now(ChinaTime.ZONE).getYear();
    private boolean mayManage;
    private List<TargetView> views = List.of();
    private String chart;
    // the form
    private Long formUnitId;
    private TargetMeasure formMeasure = TargetMeasure.CASES;
    private BigDecimal formValue;

    @PostConstruct
    void init() {
        units = organisation.findUnitNamesInScope();
        mayManage = targets.mayManageTargets();
        refresh();
    }

    public void refresh() {
        long top = organisation.getCaller().getUnitId();
        views = Actions.attempt(() -> targets.progress(top, year), null).orElse(List.of());
        chart = TargetChart.of(views, Messages.locale(FacesContext.getCurrentInstance()));
    }

    public void save() {
        Long expected = views.stream().filter(v -> formUnitId != null && v.unitId() == formUnitId && v.measure() == formMeasure
                && v.year() == year).map(TargetView::version).findFirst().orElse(null);
        if (Actions.attempt(() -> targets.setTarget(formUnitId == null ? -1 : formUnitId, year, formMeasure, formValue, expected),
                "reporting.target.saved").isPresent()) {
            formValue = null;
            refresh();
        }
    }

    public TargetMeasure[] getMeasures() { return TargetMeasure.values(); }
    /** The units of the pickers, as entries (f:selectItems iterates a list). */
    public List<Map.Entry<Long, String>> getUnits() { return List.copyOf(units.entrySet()); }
    public int getYear() { return year; }
    public void setYear(int v) { this.year = v; }
    public boolean isMayManage() { return mayManage; }
    public List<TargetView> getViews() { return views; }
    public String getChart() { return chart; }
    public Long getFormUnitId() { return formUnitId; }
    public void setFormUnitId(Long v) { this.formUnitId = v; }
    public TargetMeasure getFormMeasure() { return formMeasure; }
    public void setFormMeasure(TargetMeasure v) { this.formMeasure = v; }
    public BigDecimal getFormValue() { return formValue; }
    public void setFormValue(BigDecimal v) { this.formValue = v; }
}
