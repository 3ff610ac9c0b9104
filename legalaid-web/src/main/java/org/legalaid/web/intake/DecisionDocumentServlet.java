package org.legalaid.web.intake;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.DecisionDocument;
import org.legalaid.organisation.boundary.Letterhead;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;
import org.legalaid.web.i18n.Messages;

import java.util.Locale;
import java.util.Optional;

/**
 * The written decision of an application as PDF: {@code /intake/decision.pdf?id=…} for the
 * centre's 给予/不予法律援助决定书, {@code &doc=objection} for the justice bureau's decision on an
 * objection. The letter is written by the boundary ({@link ApplicationService#decisionDocument});
 * who may download it is decided by the {@link org.legalaid.web.Page} list (the access filter) and
 * by the application's unit scope in the service; an application without that decision answers
 * 404, like one out of scope.
 */
@WebServlet("/intake/decision.pdf")
public class DecisionDocumentServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private OrganisationService organisation;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        DecisionDocument which = "objection".equals(doc) ? DecisionDocument.OBJECTION_DECISION : DecisionDocument.DECISION;
        Letterhead letterhead = organisation.getLetterhead(applications.getApplication(id).getUnitId());
        // official documents are in Chinese whatever the screen language: the labels of the Chinese bundle
        return Optional.of(applications.decisionDocument(id, which, letterhead.unit(), letterhead.bureauOr("司法局"),
                Messages.bundle(Locale.SIMPLIFIED_CHINESE)));
    }
}
