package org.legalaid.web.complaints;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.complaints.ComplaintGround;
import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.RespondentType;
import org.legalaid.complaints.boundary.ComplaintReportService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;
import org.legalaid.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The annual complaint report (MoJ order 149 art. 28) for the handler and the heads: a year and a unit
 * of their scope (with the units under it), the figures on the page, and the same as Excel and PDF.
 */
@Named
@ViewScoped
public class ComplaintReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintReportService reports;

    @Inject
    private OfficialDocumentRenderer renderer;

    private int year = LocalDate.now(ChinaTime.ZONE).getYear();
    private Long unitId;
    private Map<Long, String> units;
    private ComplaintReportService.ReportView view;

    public void load() {
        units = reports.findUnits();
        show();
    }

    public void show() {
        view = reports.report(year, unitId);
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ChinaTime.ZONE).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    private String fileName(String ext) {
        return view.unitName() + year + "年度投诉处理情况报告." + ext;
    }

    /** The report as Excel (p:fileDownload). */
    public StreamedContent getExcel() {
        byte[] xlsx = reports.workbook(year, unitId, Messages.bundle(Locale.SIMPLIFIED_CHINESE));
        return DefaultStreamedContent.builder().name(fileName("xlsx"))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) xlsx.length).stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    /** The report as an official PDF document (p:fileDownload). */
    public StreamedContent getPdf() {
        OfficialDocumentContent doc = reports.document(year, unitId, Messages.bundle(Locale.SIMPLIFIED_CHINESE));
        byte[] pdf = renderer.render(doc);
        return DefaultStreamedContent.builder().name(fileName("pdf")).contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public List<Map.Entry<ComplaintGround, Long>> getByGround() { return new ArrayList<>(view.report().byGround().entrySet()); }
    public List<Map.Entry<RespondentType, Long>> getByRespondent() { return new ArrayList<>(view.report().byRespondent().entrySet()); }
    public List<Map.Entry<ComplaintOutcome, Long>> getByOutcome() { return new ArrayList<>(view.report().byOutcome().entrySet()); }
    public List<Map.Entry<Long, String>> getUnits() { return new ArrayList<>(units.entrySet()); }
    public ComplaintReportService.ReportView getView() { return view; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
}
