package org.legalaid.web.intake;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.DecisionDocument;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;
import org.legalaid.web.PdfResponses;
import org.legalaid.web.i18n.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The written decision of an application as PDF: {@code /intake/decision.pdf?id=…} for the
 * centre's 给予/不予法律援助决定书, {@code &doc=objection} for the justice bureau's decision on an
 * objection. The letter is written by the boundary ({@link ApplicationService#decisionDocument});
 * who may download it is decided by the {@link org.legalaid.web.Page} list (the access filter) and
 * by the application's unit scope in the service; an application without that decision answers
 * 404, like one out of scope.
 */
@WebServlet("/intake/decision.pdf")
public class DecisionDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private OrganisationService organisation;

    @Inject
    private OfficialDocumentRenderer renderer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong idParam = PdfResponses.id(request);
        if (idParam.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = idParam.getAsLong();
        DecisionDocument which = "objection".equals(request.getParameter("doc")) ? DecisionDocument.OBJECTION_DECISION
                : DecisionDocument.DECISION;
        OfficialDocumentContent content;
        try {
            long unitId = applications.getApplication(id).getUnitId();
            String centre = organisation.getUnit(unitId).name();
            String bureau = organisation.findBureauOf(unitId).map(OrgUnit::name).orElse("司法局");
            // official documents are in Chinese whatever the screen language: the labels of the Chinese bundle
            content = applications.decisionDocument(id, which, centre, bureau, Messages.bundle(Locale.SIMPLIFIED_CHINESE));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.write(response, renderer.render(content), content.title(), id);
    }
}
