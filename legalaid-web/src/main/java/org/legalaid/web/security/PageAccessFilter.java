package org.legalaid.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.legalaid.web.Page;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Lets a signed-in user open only the pages their roles allow ({@link Page#role()}). A page they
 * may not open answers 404, exactly as a page that does not exist, so the menu of another role
 * cannot be discovered by guessing addresses. A user still on a temporary password is sent to
 * the change-password page first. Sign-in itself is enforced by the container (web.xml) before
 * this filter runs.
 */
@WebFilter(urlPatterns = {"*.xhtml", "*.pdf", "/cases/document"})
public class PageAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Session attribute set at login when the password is a temporary one (set by an
     * administrator): until it is changed, every page leads to the change-password page.
     */
    public static final String MUST_CHANGE_PASSWORD = PageAccessFilter.class.getName() + ".mustChangePassword";

    private static boolean mustChangePassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Set<String>> roles = Page.requiredRoles(request.getServletPath());
        if (roles.isPresent() && request.getUserPrincipal() != null && roles.get().stream().noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (roles.isPresent() && mustChangePassword(request) && !Page.PASSWORD.path().equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + Page.PASSWORD.path());
            return;
        }
        chain.doFilter(request, response);
    }
}
