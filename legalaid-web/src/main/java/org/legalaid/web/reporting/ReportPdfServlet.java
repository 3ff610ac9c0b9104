package org.legalaid.web.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.reporting.SubmittedReport;
import org.legalaid.reporting.boundary.ReportService;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A submitted report's version as PDF (issue 17 "Excel and PDF for each report"):
 * {@code /reporting/report.pdf?id=<version>}, its figures labelled in Chinese (an official document
 * of a Chinese unit, whatever the screen's language). The page list decides who may download it; a
 * version out of the caller's scope answers 404.
 */
@WebServlet("/reporting/report.pdf")
public class ReportPdfServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReportService reports;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        SubmittedReport r = reports.getReport(id);
        Map<String, String> labels = new HashMap<>();
        r.figures().asMap().keySet().forEach(k -> labels.put(k, FigureLabels.label(Locale.CHINA, k)));
        return Optional.of(reports.document(id, labels));
    }
}
