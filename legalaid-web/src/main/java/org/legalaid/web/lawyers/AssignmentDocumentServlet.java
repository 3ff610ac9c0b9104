package org.legalaid.web.lawyers;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.lawyers.boundary.AssignmentDocument;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;

import java.util.Optional;

/**
 * An assignment's documents as PDF: {@code /lawyers/assignment.pdf?id=…&doc=notice} for the
 * 指派通知书 to the firm, {@code &doc=letter} for the 法律援助公函 to the organ. An assignment out
 * of scope answers 404 like a missing one.
 */
@WebServlet("/lawyers/assignment.pdf")
public class AssignmentDocumentServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssignmentService assignments;

    @Inject
    private OrganisationService organisation;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        AssignmentDocument which = "letter".equals(doc) ? AssignmentDocument.LETTER
                : "notice".equals(doc) ? AssignmentDocument.NOTICE : null;
        if (which == null) {
            return Optional.empty();
        }
        long unitId = assignments.getAssignment(id).assignment().getUnitId();
        return Optional.of(assignments.document(id, which, organisation.getLetterhead(unitId).unit()));
    }
}
