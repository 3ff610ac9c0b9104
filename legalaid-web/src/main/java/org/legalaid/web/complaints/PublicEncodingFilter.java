package org.legalaid.web.complaints;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The public complaint pages post their forms in UTF-8. Faces learns a form's encoding from the
 * HTTP session of the page that rendered it; these stateless pages have none, so without this filter
 * the container would read a citizen's Chinese as ISO-8859-1.
 */
@WebFilter(urlPatterns = {"/public/complaint.xhtml", "/public/complaint-status.xhtml"})
public class PublicEncodingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        chain.doFilter(request, response);
    }
}
