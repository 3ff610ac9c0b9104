package org.legalaid.web.lawyers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.CreditKind;
import org.legalaid.lawyers.FirmQuotaLine;
import org.legalaid.lawyers.LawyerQuotaLine;
import org.legalaid.lawyers.QuotaReductionEntry;
import org.legalaid.lawyers.QuotaRuleEntry;
import org.legalaid.lawyers.QuotaServiceEntry;
import org.legalaid.lawyers.ReductionReason;
import org.legalaid.lawyers.boundary.QuotaService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Roles;
import org.legalaid.web.PagedModel;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The quota dashboard: the year's rule, a chart of how the lawyers' fulfilment is spread, lazy
 * tables of lawyers and firms with their progress, a lawyer's reductions and credited service
 * (entered by the assignment officer), and the Excel report.
 */
@Named
@ViewScoped
public class QuotasBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuotaService quotas;

    private int year = LocalDate.now(ChinaTime.ZONE).getYear();
    private String text;
    private LazyDataModel<LawyerQuotaLine> lawyers;
    private LazyDataModel<FirmQuotaLine> firms;
    private QuotaRuleEntry rule;

    private LawyerQuotaLine selected;
    private List<QuotaReductionEntry> reductions = List.of();
    private List<QuotaServiceEntry> services = List.of();
    private ReductionReason reason = ReductionReason.ILLNESS;
    private BigDecimal cases;
    private String note;
    private Long cancelId;
    private String cancelReason;
    private CreditKind serviceKind = CreditKind.HOTLINE_SHIFT;
    private LocalDate serviceOn;
    private BigDecimal units;
    private String serviceNote;

    @PostConstruct
    void init() {
        lawyers = new PagedModel<>(() -> rule == null ? 0 : quotas.countLawyerLines(year, text),
                (first, size) -> rule == null ? List.of() : quotas.findLawyerLines(year, text, first, size),
                LawyerQuotaLine::lawyerId);
        firms = new PagedModel<>(() -> rule == null ? 0 : quotas.countFirmLines(year),
                (first, size) -> rule == null ? List.of() : quotas.findFirmLines(year, first, size),
                FirmQuotaLine::firmId);
        changeYear();
    }

    public void changeYear() {
        rule = quotas.findRule(year).orElse(null);
        selected = null;
    }

    /**
     * The chart's configuration for Chart.js (p:chart): the number of lawyers in each band of
     * fulfilment.
     */
    public String getChart() {
        if (rule == null) {
            return "{}";
        }
        List<Long> spread = quotas.findFulfilmentSpread(year);
        Locale locale = org.legalaid.web.i18n.Messages.locale(FacesContext.getCurrentInstance());
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < spread.size(); i++) {
            labels.append(i == 0 ? "" : ",").append('"').append(Messages.text(locale, "quota.spread." + i)).append('"');
        }
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < spread.size(); i++) {
            data.append(i == 0 ? "" : ",").append(spread.get(i));
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\""
                + Messages.text(locale, "quota.chart.lawyers") + "\",\"data\":[" + data
                + "],\"backgroundColor\":[\"#d32f2f\",\"#f57c00\",\"#fbc02d\",\"#7cb342\",\"#388e3c\"]}]},"
                + "\"options\":{\"plugins\":{\"legend\":{\"display\":false}},\"scales\":{\"y\":{\"beginAtZero\":true,"
                + "\"ticks\":{\"precision\":0}}}}}";
    }

    public void select(LawyerQuotaLine line) {
        selected = line;
        reloadSelected();
        cases = null;
        note = null;
        units = null;
        serviceNote = null;
        serviceOn = LocalDate.now(ChinaTime.ZONE);
    }

    private void reloadSelected() {
        reductions = quotas.findReductions(selected.lawyerId(), year);
        services = quotas.findService(selected.lawyerId(), year);
    }

    public void addReduction() {
        if (Actions.attempt(() -> quotas.addReduction(selected.lawyerId(), year, reason, cases, note),
                "quota.reduction.added", selected.name()).isPresent()) {
            cases = null;
            note = null;
            reloadSelected();
        }
    }

    public void cancelReduction() {
        if (cancelId != null && Actions.attempt(() -> quotas.cancelReduction(cancelId, cancelReason), "quota.reduction.cancelled").isPresent()) {
            cancelId = null;
            cancelReason = null;
            reloadSelected();
        }
    }

    public void recordService() {
        if (Actions.attempt(() -> quotas.recordService(selected.lawyerId(), serviceKind, serviceOn, units, serviceNote),
                "quota.service.recorded", selected.name()).isPresent()) {
            units = null;
            serviceNote = null;
            reloadSelected();
        }
    }

    /** The year's report as an Excel file (p:fileDownload). */
    public StreamedContent getReport() {
        byte[] xlsx = quotas.exportReport(year);
        return DefaultStreamedContent.builder()
                .name(year + "年度法律援助义务量完成情况.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) xlsx.length)
                .stream(() -> new ByteArrayInputStream(xlsx))
                .build();
    }

    public boolean isOfficer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ASSIGNMENT_OFFICER);
    }

    /** The years with a published rule and the years around this one, newest first. */
    public List<Integer> getYears() {
        int now = LocalDate.now(ChinaTime.ZONE).getYear();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(List.of(now + 1, now, now - 1));
        years.addAll(quotas.findRuleYears());
        return List.copyOf(years);
    }

    public ReductionReason[] getReasons() {
        return ReductionReason.values();
    }

    public List<CreditKind> getServiceKinds() {
        return List.of(CreditKind.CONSULTATION_SHIFT, CreditKind.HOTLINE_SHIFT, CreditKind.MEDIATION_SESSION);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LazyDataModel<LawyerQuotaLine> getLawyers() { return lawyers; }
    public LazyDataModel<FirmQuotaLine> getFirms() { return firms; }
    public QuotaRuleEntry getRule() { return rule; }
    public LawyerQuotaLine getSelected() { return selected; }
    public List<QuotaReductionEntry> getReductions() { return reductions; }
    public List<QuotaServiceEntry> getServices() { return services; }
    public ReductionReason getReason() { return reason; }
    public void setReason(ReductionReason reason) { this.reason = reason; }
    public BigDecimal getCases() { return cases; }
    public void setCases(BigDecimal cases) { this.cases = cases; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getCancelId() { return cancelId; }
    public void setCancelId(Long cancelId) { this.cancelId = cancelId; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public CreditKind getServiceKind() { return serviceKind; }
    public void setServiceKind(CreditKind serviceKind) { this.serviceKind = serviceKind; }
    public LocalDate getServiceOn() { return serviceOn; }
    public void setServiceOn(LocalDate serviceOn) { this.serviceOn = serviceOn; }
    public BigDecimal getUnits() { return units; }
    public void setUnits(BigDecimal units) { this.units = units; }
    public String getServiceNote() { return serviceNote; }
    public void setServiceNote(String serviceNote) { this.serviceNote = serviceNote; }
}
