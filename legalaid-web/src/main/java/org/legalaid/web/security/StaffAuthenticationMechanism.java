package org.legalaid.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.legalaid.organisation.boundary.AuthenticationResult;
import org.legalaid.organisation.boundary.CredentialService;
import org.legalaid.organisation.boundary.TokenIdentity;
import org.legalaid.organisation.boundary.TokenService;
import org.legalaid.shared.Roles;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How callers prove who they are.
 * <ul>
 *   <li><b>Staff in the browser</b> sign in on the login page, which calls
 *   {@code SecurityContext.authenticate} with their credentials; the identity is then kept in the
 *   HTTP session (a new session id is issued at login, against fixation) until logout or 30 idle
 *   minutes. A protected page without a session redirects to the login page (for an AJAX request,
 *   with a Faces partial-response redirect).</li>
 *   <li><b>API clients</b> exchange their credentials once for a short-lived signed token
 *   ({@code POST /api/v1/tokens} with HTTP Basic) and send {@code Authorization: Bearer <token>}
 *   with every further request to {@code /api/}, which costs no password hash; HTTP Basic on
 *   every call keeps working (one password hash per call, nothing locked or written). No session
 *   is created for them. Without valid credentials the API answers 401 as
 *   {@code application/problem+json} (see {@link #api}).</li>
 * </ul>
 * Passwords are checked by the organisation context's {@code CredentialService} (the form through
 * {@link StaffIdentityStore}), so the sign-in throttle applies to both (the API answers a
 * throttled attempt 429 with {@code Retry-After}).
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = StaffAuthenticationMechanism.class.getName() + ".identity";
    /** Request attribute: message key of why an API request is not signed in. */
    public static final String API_FAILURE = StaffAuthenticationMechanism.class.getName() + ".apiFailure";
    /** Request attribute: seconds to wait when the API attempt was throttled (answered 429). */
    public static final String API_RETRY_AFTER = StaffAuthenticationMechanism.class.getName() + ".retryAfter";
    /**
     * Request attribute: how an API request was signed in, {@code "Basic"} (with the password) or
     * {@code "Bearer"} (with a token). Only a password obtains a token.
     */
    public static final String API_SCHEME = StaffAuthenticationMechanism.class.getName() + ".scheme";
    /** Request attribute: {@code TRUE} when the signed-in API caller still has a temporary password. */
    public static final String API_MUST_CHANGE_PASSWORD = StaffAuthenticationMechanism.class.getName() + ".mustChangePassword";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private CredentialService credentials;

    @Inject
    private TokenService tokens;

    /** What the session remembers of a signed-in user. */
    record SessionIdentity(String name, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        if (isApi(request)) {
            return api(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_IDENTITY) instanceof SessionIdentity id) {
            return context.notifyContainerAboutLogin(id.name(), id.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response, context);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // Nothing is sent: the login page itself tells the user (a 401 here would replace
            // the page by the container's bare error text).
            return context.doNothing();
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_IDENTITY,
                new SessionIdentity(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * API requests: a valid token ({@code Bearer}) or valid Basic credentials sign the request in;
     * anything else lets it through anonymously, marked with the reason, and
     * {@link org.legalaid.web.api.ApiAuthenticationFilter} answers 401 with a problem document.
     * (Answering here would let the container replace the body with its own HTML error page.)
     */
    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<TokenIdentity> identity = tokens.verify(header.substring(7).trim());
            if (identity.isEmpty()) {
                request.setAttribute(API_FAILURE, "api.unauthorized.token");
                return context.doNothing();
            }
            request.setAttribute(API_SCHEME, "Bearer");
            request.setAttribute(API_MUST_CHANGE_PASSWORD, mustSetOwnPassword(identity.get().mustChangePassword(), identity.get().groups()));
            return context.notifyContainerAboutLogin(identity.get().username(), identity.get().groups());
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            request.setAttribute(API_FAILURE, "api.unauthorized.missing");
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon > 0) {
            AuthenticationResult result = credentials.authenticateCall(decoded.substring(0, colon), decoded.substring(colon + 1),
                    request.getRemoteAddr());
            if (result.succeeded()) {
                request.setAttribute(API_SCHEME, "Basic");
                request.setAttribute(API_MUST_CHANGE_PASSWORD, mustSetOwnPassword(result.mustChangePassword(), result.groups()));
                return context.notifyContainerAboutLogin(result.username(), result.groups());
            }
            if (result.outcome() == AuthenticationResult.Outcome.THROTTLED) {
                request.setAttribute(API_FAILURE, "api.throttled");
                request.setAttribute(API_RETRY_AFTER, result.retryAfter().getSeconds());
                return context.doNothing();
            }
        }
        request.setAttribute(API_FAILURE, "api.unauthorized.invalid");
        return context.doNothing();
    }

    /**
     * An API account (not staff: a notifying organ's or the online platform's) with a temporary
     * password must set its own before any other call (issue 19). Staff are made to change theirs
     * at the login form, which they have to pass to work at all.
     */
    private static boolean mustSetOwnPassword(boolean temporary, Set<String> groups) {
        return temporary && !groups.contains(Roles.STAFF);
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String login = request.getContextPath() + "/login.xhtml";
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || target.startsWith("/jakarta.faces") || "/".equals(target)) {
            target = null;
        } else if (request.getQueryString() != null) {
            // The record asked for (…/case.xhtml?id=31) is kept: the login page checks it before it
            // sends the user there (PageLinks.returnTarget).
            target = target + "?" + request.getQueryString();
        }
        String location = target == null ? login : login + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
            } catch (IOException e) {
                return context.responseUnauthorized();
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(location);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_IDENTITY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
