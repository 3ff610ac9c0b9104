package org.legalaid.web.quality;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.quality.boundary.InspectionService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;

import java.util.Optional;

/**
 * The notice of an institution inspection's results (通报: scores, ranking, compliance rate against the target,
 * rectification, commendation) as PDF: {@code /quality/inspection.pdf?id=<inspection>}. The page list decides
 * who may download it; an inspection out of scope or before acceptance answers 404.
 */
@WebServlet("/quality/inspection.pdf")
public class InspectionNoticeServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private InspectionService inspections;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        try {
            return Optional.of(inspections.notice(id));
        } catch (BusinessException e) { // before acceptance: as missing (NotFoundException is one too)
            return Optional.empty();
        }
    }
}
