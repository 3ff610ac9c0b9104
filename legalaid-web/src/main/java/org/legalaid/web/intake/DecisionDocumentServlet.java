package org.legalaid.web.intake;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.organisation.boundary.Letterhead;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;

import java.util.Optional;

/**
 * The written decision of an application as PDF: {@code /intake/decision.pdf?id=…} for the
 * centre's 给予/不予法律援助决定书, {@code &doc=objection} for the justice bureau's decision on an
 * objection. An application
 * without that decision answers 404, like one out of scope.
 */
@WebServlet("/intake/decision.pdf")
public class DecisionDocumentServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicantService applicants;

    @Inject
    private OrganisationService organisation;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        boolean objection = "objection".equals(doc);
        Application a = applications.getApplication(id);
        if (objection ? !DecisionLetters.hasObjectionDecision(a) : !DecisionLetters.hasDecision(a)) {
            return Optional.empty();
        }
        Applicant applicant = applicants.getApplicant(a.getApplicantId());
        Letterhead letterhead = organisation.getLetterhead(a.getUnitId());
        String bureau = letterhead.bureauOr("司法局");
        return Optional.of(objection ? DecisionLetters.objectionDecision(a, applicant, letterhead.unit(), bureau)
                : DecisionLetters.decision(a, applicant, letterhead.unit(), bureau));
    }
}
