package org.legalaid.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.reporting.Period;
import org.legalaid.reporting.ReportKind;
import org.legalaid.reporting.SubmittedReport;
import org.legalaid.reporting.boundary.ReportOverview;
import org.legalaid.reporting.boundary.ReportService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Reports submitted upward (issue 17; seed 003 月报告、季自评): a centre's director prepares the
 * report of a period for their unit, checks the figures and submits them, or submits a correction
 * with its reason; everyone of the bureau and the centres sees which district centres below a unit
 * have submitted, which are late, and the roll-up of what they submitted.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private OrganisationService organisation;

    @Inject
    private org.legalaid.reporting.boundary.DisclosureService disclosure;

    private Map<Long, String> units;
    private Long unitId;
    private ReportKind kind = ReportKind.MONTHLY;
    private String periodCode = YearMonth.now(ChinaTime.ZONE).minusMonths(1).toString();
    private boolean maySubmit;
    private List<FigureRow> prepared;
    private List<SubmittedReport> ownVersions = List.of();
    private ReportOverview overview;
    private List<FigureRow> rollUp = List.of();
    private String note;
    private String reason;
    private boolean mayPublish;
    private String publishCode = org.legalaid.reporting.Period.quarter(YearMonth.now(ChinaTime.ZONE).minusMonths(3).getYear(),
            (YearMonth.now(ChinaTime.ZONE).minusMonths(3).getMonthValue() + 2) / 3).code();
    private List<org.legalaid.reporting.Publication> published = List.of();

    @PostConstruct
    void init() {
        units = organisation.findUnitNamesInScope();
        unitId = organisation.getCaller().getUnitId();
        maySubmit = reports.maySubmit();
        mayPublish = disclosure.mayPublish();
        published = disclosure.findPublished();
        refresh();
    }

    private Period period() {
        try {
            return Period.parse(periodCode);
        } catch (BusinessException e) {
            Messages.addError(e);
            return null;
        }
    }

    /** Reads the overview (and the caller's own versions) for the chosen report, period and unit. */
    public void refresh() {
        Period p = period();
        prepared = null;
        if (p == null) {
            return;
        }
        Actions.attempt(() -> reports.overview(unitId, kind, p), null).ifPresentOrElse(o -> {
            overview = o;
            rollUp = FigureLabels.rows(locale(), o.rollUp());
        }, () -> {
            overview = null;
            rollUp = List.of();
        });
        if (maySubmit) {
            ownVersions = Actions.attempt(() -> reports.findVersions(organisation.getCaller().getUnitId(), kind, p), null)
                    .orElse(List.of());
        }
    }

    /** The figures the caller's unit would submit now, to check them. */
    public void prepare() {
        Period p = period();
        if (p != null) {
            prepared = Actions.attempt(() -> reports.prepare(kind, p), null).map(f -> FigureLabels.rows(locale(), f)).orElse(null);
        }
    }

    public void submit() {
        Period p = period();
        if (p != null && Actions.attempt(() -> reports.submit(kind, p, note), "reporting.report.submitted").isPresent()) {
            note = null;
            refresh();
        }
    }

    public void correct() {
        Period p = period();
        if (p == null || ownVersions.isEmpty()) {
            return;
        }
        int latest = ownVersions.get(0).getReportVersion();
        if (Actions.attempt(() -> reports.correct(kind, p, latest, reason, note), "reporting.report.corrected").isPresent()) {
            reason = null;
            note = null;
            refresh();
        }
    }

    /** A submitted version as an Excel file (p:fileDownload). */
    public org.primefaces.model.StreamedContent workbook(SubmittedReport r) {
        java.util.Locale locale = locale();
        Map<String, String> labels = new java.util.HashMap<>();
        r.figures().asMap().keySet().forEach(k -> labels.put(k, FigureLabels.label(locale, k)));
        byte[] xlsx = reports.exportWorkbook(r.getId(), labels);
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("report-" + r.getUnitId() + "-" + r.period().code() + "-v" + r.getReportVersion() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) xlsx.length)
                .stream(() -> new java.io.ByteArrayInputStream(xlsx))
                .build();
    }

    /** Publishes a period for 援务公开 (the bureau's supervisor; LAL art. 58). */
    public void publish() {
        Period p;
        try {
            p = Period.parse(publishCode);
        } catch (BusinessException e) {
            Messages.addError(e);
            return;
        }
        if (Actions.attempt(() -> disclosure.publish(p), "reporting.publication.published", p.chineseName()).isPresent()) {
            published = disclosure.findPublished();
        }
    }

    private static java.util.Locale locale() {
        return Messages.locale(FacesContext.getCurrentInstance());
    }

    public ReportKind[] getKinds() { return ReportKind.values(); }
    /** The units of the pickers, as entries (f:selectItems iterates a list). */
    public List<Map.Entry<Long, String>> getUnits() { return List.copyOf(units.entrySet()); }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long v) { this.unitId = v; }
    public ReportKind getKind() { return kind; }
    public void setKind(ReportKind v) { this.kind = v; }
    public String getPeriodCode() { return periodCode; }
    public void setPeriodCode(String v) { this.periodCode = v; }
    public boolean isMaySubmit() { return maySubmit; }
    public List<FigureRow> getPrepared() { return prepared; }
    public List<SubmittedReport> getOwnVersions() { return ownVersions; }
    public ReportOverview getOverview() { return overview; }
    public List<FigureRow> getRollUp() { return rollUp; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
    public String getReason() { return reason; }
    public boolean isMayPublish() { return mayPublish; }
    public String getPublishCode() { return publishCode; }
    public void setPublishCode(String v) { this.publishCode = v; }
    public List<org.legalaid.reporting.Publication> getPublished() { return published; }
    public void setReason(String v) { this.reason = v; }
}
