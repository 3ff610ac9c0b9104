package org.legalaid.web.complaints;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.complaints.boundary.ComplaintDocument;
import org.legalaid.complaints.boundary.ComplaintService;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;
import org.legalaid.web.i18n.Messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A complaint's documents as PDF (MoJ order 149): {@code /complaints/complaint.pdf?id=…&doc=DECISION}
 * the numbered decision (art. 24), {@code doc=NON_ACCEPTANCE} the numbered notice of non-acceptance
 * (art. 15), {@code doc=FILE_INDEX} the index of the one file (art. 25). Written by the boundary; a
 * complaint out of scope or without the document answers 404.
 */
@WebServlet("/complaints/complaint.pdf")
public class ComplaintDocumentServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService complaints;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        Optional<ComplaintDocument> which = Arrays.stream(ComplaintDocument.values()).filter(d -> d.name().equals(doc)).findFirst();
        // official documents are in Chinese whatever the screen language: the labels of the Chinese bundle
        return which.flatMap(w -> complaints.document(id, w, Messages.bundle(Locale.SIMPLIFIED_CHINESE)));
    }
}
