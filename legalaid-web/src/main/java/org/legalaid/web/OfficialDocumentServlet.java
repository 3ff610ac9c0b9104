package org.legalaid.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one shape of the servlets that serve a record's official document as PDF
 * ({@code …pdf?id=…&doc=…}): the record's id from the request, the document's content from the
 * record's boundary, drawn by the shared renderer and written inline, never cached. A missing or
 * malformed id, a document the record does not have, an unknown {@code doc} and a record the caller
 * may not see all answer 404 alike, so a download reveals no more than the page. Who may download
 * at all is decided by the {@link Page} list (the access filter).
 */
public abstract class OfficialDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfficialDocumentRenderer renderer;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = PdfResponses.id(request);
        Optional<OfficialDocumentContent> content;
        try {
            content = id.isEmpty() ? Optional.empty() : content(id.getAsLong(), request.getParameter("doc"));
        } catch (NotFoundException e) {
            content = Optional.empty();
        }
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.write(response, renderer.render(content.get()), content.get().title(), id.getAsLong());
    }

    /**
     * The content of the document {@code doc} of record {@code id}, from the record's boundary.
     *
     * @param doc the request's {@code doc} parameter (which of the record's documents), or {@code null}
     * @return empty when the record has no such document (yet)
     * @throws NotFoundException when the record does not exist or lies outside the caller's scope
     */
    protected abstract Optional<OfficialDocumentContent> content(long id, String doc);
}
