package org.legalaid.web.quality;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.quality.boundary.InspectionService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;
import org.legalaid.web.PdfResponses;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * The notice of an institution inspection's results (通报: scores, ranking, compliance rate against the target,
 * rectification, commendation) as PDF: {@code /quality/inspection.pdf?id=<inspection>}. The page list decides
 * who may download it; an inspection out of scope or before acceptance answers 404.
 */
@WebServlet("/quality/inspection.pdf")
public class InspectionNoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private InspectionService inspections;

    @Inject
    private OfficialDocumentRenderer renderer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = PdfResponses.id(request);
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OfficialDocumentContent content;
        try {
            content = inspections.notice(id.getAsLong());
        } catch (BusinessException e) { // NotFoundException too: out of scope, or before acceptance
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.write(response, renderer.render(content), content.title(), id.getAsLong());
    }
}
