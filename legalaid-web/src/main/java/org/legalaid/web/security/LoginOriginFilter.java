package org.legalaid.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Login CSRF (issue 19): another site must not be able to sign a visitor's browser in to an
 * account of the attacker's choosing. A login POST whose {@code Origin} — or, when a browser sends
 * none, {@code Referer} — names another host than the one the request was sent to is refused with
 * 403 before the credentials are read. Stateless: no token, no session before login (the login page
 * stays a stateless view). A request with neither header (not a browser) is let through; browsers
 * send {@code Origin} on every cross-site POST.
 */
@WebFilter(urlPatterns = "/login.xhtml")
public class LoginOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the POST comes from a page of this host (or says nothing about where it comes from). */
    static boolean sameOrigin(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return true;
        }
        String host = request.getHeader("Host");
        if (host == null || "null".equals(source)) {
            return false;
        }
        try {
            String authority = URI.create(source.strip()).getRawAuthority();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
