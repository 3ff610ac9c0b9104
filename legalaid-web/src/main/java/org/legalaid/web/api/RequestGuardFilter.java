package org.legalaid.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.legalaid.web.i18n.Messages;
import org.legalaid.web.security.Problems;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What can be refused before a request reaches a resource, as a problem document in the caller's
 * language (issue 19: an unparseable Content-Type answered with the server's HTML 400, a 25 MB body
 * with an empty 400, {@code text=%00} with a 500):
 * <ul>
 *   <li>a Content-Type that cannot be parsed — 400;</li>
 *   <li>a declared body above {@link StrictJsonReader#MAX_BYTES} — 413 (a body without a declared
 *   length is cut off by the reader at the same size);</li>
 *   <li>a query parameter holding control characters (a NUL byte …) — 400 naming the parameter.</li>
 * </ul>
 */
@Provider
@PreMatching
@Priority(100)
public class RequestGuardFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Locale locale = Problems.locale(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            try {
                MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                request.abortWith(problem(locale, 400, Messages.text(locale, "api.badContentType"), null));
                return;
            }
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > StrictJsonReader.MAX_BYTES) {
                    request.abortWith(problem(locale, 413, Messages.text(locale, "api.tooLarge"), null));
                    return;
                }
            } catch (NumberFormatException e) {
                request.abortWith(problem(locale, 400, Messages.text(locale, "api.malformed"), null));
                return;
            }
        }
        MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            request.abortWith(problem(locale, 400, Messages.text(locale, "api.malformed"), null));
            return;
        }
        for (Map.Entry<String, List<String>> p : query.entrySet()) {
            boolean bad = hasControl(p.getKey()) || p.getValue().stream().anyMatch(RequestGuardFilter::hasControl);
            if (bad) {
                String name = hasControl(p.getKey()) ? "?" : p.getKey();
                request.abortWith(problem(locale, 400, Messages.text(locale, "api.badQueryParameter", name),
                        List.of(Messages.text(locale, "api.badQueryParameter", name))));
                return;
            }
        }
    }

    private static boolean hasControl(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD);
    }

    private static jakarta.ws.rs.core.Response problem(Locale locale, int status, String detail, List<String> errors) {
        String title = Messages.text(locale, "api.status." + status);
        return new Problem("about:blank", title, status, detail, errors).toResponse();
    }
}
