package org.legalaid.web.cases;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.web.i18n.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses an upload larger than the attachment limit before anything reads it: a multipart POST
 * whose declared length exceeds the limit (plus room for the form's other fields) is answered
 * {@code 413} with a sentence in the user's language, without a stack trace and without reading
 * the body. The page's upload component refuses such a file in the browser already
 * ({@code sizeLimit}); this is for requests made otherwise. A body without a declared length is
 * still bounded by the HTTP listener's {@code max-post-size} (configure-server.cli) and counted by
 * the service as it streams.
 */
@WebFilter("*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the form's other fields and the multipart boundaries. */
    static final long FORM_ROOM = 1024L * 1024;

    @Inject
    private ClosingService closing;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getUserPrincipal() != null) {
            long max = closing.maxDocumentBytes();
            if (request.getContentLengthLong() > max + FORM_ROOM) {
                Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                        ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setHeader("Connection", "close");
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write(Messages.text(locale, "shared.document.tooLarge", "",
                        max / (1024 * 1024)).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
