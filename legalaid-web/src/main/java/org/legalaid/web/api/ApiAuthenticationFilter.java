package org.legalaid.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.legalaid.web.i18n.Messages;
import org.legalaid.web.security.Problems;
import org.legalaid.web.security.StaffAuthenticationMechanism;

import java.util.Locale;

/**
 * Every API call needs a signed-in caller (but the public complaint paths, {@link #isPublicComplaint}): without a valid token or valid HTTP Basic credentials the answer is 401
 * with a {@code WWW-Authenticate} challenge and a problem document saying what was missing. What
 * a signed-in caller may do is then decided by the EJBs' {@code @RolesAllowed}. An attempt the
 * sign-in throttle refused unchecked is 429 with {@code Retry-After} in seconds.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest request;

    /**
     * The public online complaint (MoJ order 149 art. 9) and its status look-up: no sign-in, limited
     * per address instead (PublicComplaintResource). Exactly {@code public/complaints} and
     * {@code public/complaints/{receipt}}.
     */
    static boolean isPublicComplaint(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("public/complaints") || p.matches("public/complaints/[^/]+");
    }

    /**
     * An API account with a temporary password (created or reset by an administrator) must set its
     * own secret before any other call (issue 19): everything but {@code PUT /password} is 403
     * naming the rule.
     */
    static boolean allowedBeforePasswordChange(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("password");
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getSecurityContext().getUserPrincipal() != null) {
            if (Boolean.TRUE.equals(request.getAttribute(StaffAuthenticationMechanism.API_MUST_CHANGE_PASSWORD))
                    && !allowedBeforePasswordChange(context.getUriInfo().getPath())) {
                Locale locale = Problems.locale(context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
                context.abortWith(new Problem("about:blank", Messages.text(locale, "api.status.403"), 403,
                        Messages.text(locale, "api.mustChangePassword"), null).toResponse());
            }
            return;
        }
        if (isPublicComplaint(context.getUriInfo().getPath())) {
            return;
        }
        if (context.getUriInfo().getPath().startsWith("/public/disclosure") || context.getUriInfo().getPath().startsWith("public/disclosure")) {
            // 援务公开 (LAL art. 58): the published figures are for anyone, without credentials
            return;
        }
        Object reason = request.getAttribute(StaffAuthenticationMechanism.API_FAILURE);
        String key = reason instanceof String s ? s : "api.unauthorized.missing";
        Locale locale = Problems.locale(context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (request.getAttribute(StaffAuthenticationMechanism.API_RETRY_AFTER) instanceof Long seconds) {
            context.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                            new Problem("about:blank", Messages.text(locale, "api.status.429"), 429,
                                    Messages.text(locale, key, seconds), null).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build());
            return;
        }
        context.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                        new Problem("about:blank", Messages.text(locale, "api.status.401"), 401, Messages.text(locale, key), null)
                                .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"legalaid\", charset=\"UTF-8\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"legalaid\"")
                .build());
    }
}
