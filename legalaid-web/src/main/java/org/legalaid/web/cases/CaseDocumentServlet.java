package org.legalaid.web.cases;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.cases.CaseDocument;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.web.PdfResponses;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A file of a case's closing file: {@code /cases/document?id=…}. Only staff of the case's unit may
 * download it (the service's scope and roles; the access filter's {@link org.legalaid.web.Page}
 * entry); a document out of scope answers 404 like a missing one. Every download is audited by the
 * service. The type sent is the one found in the content at upload, never the file name's, and
 * the browser is told not to guess another ({@code nosniff}).
 */
@WebServlet("/cases/document")
public class CaseDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClosingService closing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = PdfResponses.id(request);
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CaseDocument d;
        try {
            d = closing.getDocument(id.getAsLong());
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
        PdfResponses.attachmentHeaders(response, d.getType().mediaType(), d.getFileName(), d.getSizeBytes());
        closing.writeContent(d.getId(), response.getOutputStream());
    }
}
