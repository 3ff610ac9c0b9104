package org.legalaid.web.cases;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.cases.boundary.TerminationDocument;
import org.legalaid.cases.boundary.TerminationService;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;
import org.legalaid.web.PdfResponses;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A termination's documents as PDF: {@code /cases/termination.pdf?id=…&doc=decision} for the
 * 终止法律援助决定书 to the client, {@code &doc=notice} for the 终止法律援助通知书 to the court,
 * procuratorate or police of a criminal case. Who may download them is decided by the
 * {@link org.legalaid.web.Page} list (the access filter) and the unit scope in the service; a
 * termination out of scope, not approved, or a notice for a civil case answers 404.
 */
@WebServlet("/cases/termination.pdf")
public class TerminationDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TerminationService terminations;

    @Inject
    private OfficialDocumentRenderer renderer;

    @Inject
    private OrganisationService organisation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong idParam = PdfResponses.id(request);
        TerminationDocument which = "decision".equals(request.getParameter("doc")) ? TerminationDocument.DECISION
                : "notice".equals(request.getParameter("doc")) ? TerminationDocument.ORGAN_NOTICE : null;
        if (idParam.isEmpty() || which == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = idParam.getAsLong();
        OfficialDocumentContent content;
        try {
            long unitId = terminations.getTermination(id).getUnitId();
            String bureau = organisation.findBureauOf(unitId).map(OrgUnit::name).orElse(null);
            content = terminations.document(id, which, organisation.getUnit(unitId).name(), bureau);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.write(response, renderer.render(content), content.title(), id);
    }
}
