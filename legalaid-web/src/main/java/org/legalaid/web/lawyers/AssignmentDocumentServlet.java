package org.legalaid.web.lawyers;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.lawyers.boundary.AssignmentDocument;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;
import org.legalaid.web.PdfResponses;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * An assignment's documents as PDF: {@code /lawyers/assignment.pdf?id=…&doc=notice} for the
 * 指派通知书 to the firm, {@code &doc=letter} for the 法律援助公函 to the organ. Who may download
 * them is decided by the {@link org.legalaid.web.Page} list (the access filter) and the
 * assignment's unit scope in the service; an assignment out of scope answers 404 like a missing one.
 */
@WebServlet("/lawyers/assignment.pdf")
public class AssignmentDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssignmentService assignments;

    @Inject
    private OfficialDocumentRenderer renderer;

    @Inject
    private OrganisationService organisation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong idParam = PdfResponses.id(request);
        if (idParam.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = idParam.getAsLong();
        AssignmentDocument which = "letter".equals(request.getParameter("doc")) ? AssignmentDocument.LETTER
                : "notice".equals(request.getParameter("doc")) ? AssignmentDocument.NOTICE : null;
        if (which == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OfficialDocumentContent content;
        try {
            long unitId = assignments.getAssignment(id).assignment().getUnitId();
            content = assignments.document(id, which, organisation.getUnit(unitId).name());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.write(response, renderer.render(content), content.title(), id);
    }
}
