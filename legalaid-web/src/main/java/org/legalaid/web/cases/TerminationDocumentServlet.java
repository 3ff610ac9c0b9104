package org.legalaid.web.cases;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.cases.boundary.TerminationDocument;
import org.legalaid.cases.boundary.TerminationService;
import org.legalaid.organisation.boundary.Letterhead;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;

import java.util.Optional;

/**
 * A termination's documents as PDF: {@code /cases/termination.pdf?id=…&doc=decision} for the
 * 终止法律援助决定书 to the client, {@code &doc=notice} for the 终止法律援助通知书 to the court,
 * procuratorate or police of a criminal case. Who may download them is decided by the
 * {@link org.legalaid.web.Page} list (the access filter) and the unit scope in the service; a
 * termination out of scope, not approved, or a notice for a civil case answers 404, as does an
 * unknown {@code doc} ({@link OfficialDocumentServlet}).
 */
@WebServlet("/cases/termination.pdf")
public class TerminationDocumentServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TerminationService terminations;

    @Inject
    private OrganisationService organisation;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        TerminationDocument which = "decision".equals(doc) ? TerminationDocument.DECISION
                : "notice".equals(doc) ? TerminationDocument.ORGAN_NOTICE : null;
        if (which == null) {
            return Optional.empty();
        }
        Letterhead letterhead = organisation.getLetterhead(terminations.getTermination(id).getUnitId());
        return Optional.of(terminations.document(id, which, letterhead.unit(), letterhead.bureau()));
    }
}
