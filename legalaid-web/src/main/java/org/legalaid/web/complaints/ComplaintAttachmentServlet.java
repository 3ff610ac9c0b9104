package org.legalaid.web.complaints;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.complaints.RecordAttachment;
import org.legalaid.complaints.boundary.ComplaintService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.web.PdfResponses;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A file attached to an investigation record (MoJ order 149 art. 16–17): {@code /complaints/attachment?id=…}.
 * Only those who may see the complaint may download it (the service's roles and units; the access
 * filter's {@link org.legalaid.web.Page#COMPLAINT_ATTACHMENT} entry); one out of scope answers 404
 * like a missing one. Every download is audited by the service. The type sent is the one found in
 * the content at upload, never the file name's, and the browser is told not to guess another.
 */
@WebServlet("/complaints/attachment")
public class ComplaintAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService complaints;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = PdfResponses.id(request);
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RecordAttachment a;
        try {
            a = complaints.getAttachment(id.getAsLong());
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        PdfResponses.attachmentHeaders(response, a.getType().mediaType(), a.getFileName(), a.getSizeBytes());
        complaints.writeAttachment(a.getId(), response.getOutputStream());
    }
}
