package org.legalaid.web.api.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.organisation.ApiToken;
import org.legalaid.organisation.boundary.IssuedToken;
import org.legalaid.organisation.boundary.TokenService;
import org.legalaid.web.api.Problem;
import org.legalaid.web.i18n.Messages;
import org.legalaid.web.security.Problems;
import org.legalaid.web.security.StaffAuthenticationMechanism;

import java.time.Instant;
import java.util.Locale;

/**
 * API tokens (issue 19): a client exchanges its credentials once for a token valid a quarter of an
 * hour and sends it as {@code Authorization: Bearer <token>}; a call with a token costs no password
 * hash and writes nothing. Only a password obtains a token (a token cannot renew itself: a stolen
 * token ends when it expires).
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class TokenResource {

    @Inject
    private TokenService tokens;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /**
     * A token as issued (OAuth 2.0's token response, RFC 6749 §5.1, with the expiry added).
     *
     * @param accessToken the token to send as {@code Authorization: Bearer <accessToken>}
     * @param tokenType   always {@code Bearer}
     * @param expiresIn   seconds it stays valid
     * @param expiresAt   when it stops being accepted
     */
    public record TokenJson(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {
    }

    @POST
    @Operation(summary = "Exchange the account's credentials (HTTP Basic) for a short-lived token",
            description = "Send the answer's accessToken as `Authorization: Bearer <token>` with further calls; valid "
                    + "15 minutes. Issue is audited, calls with the token are not. Refused (403) with a token instead of "
                    + "the password, and for an account that must first set its own password (PUT /password).")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "201", description = "the token")
    public Response issue() {
        if (!"Basic".equals(request.getAttribute(StaffAuthenticationMechanism.API_SCHEME))) {
            Locale locale = Problems.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return new Problem("about:blank", Messages.text(locale, "api.status.403"), 403,
                    Messages.text(locale, "api.token.passwordRequired"), null).toResponse();
        }
        IssuedToken issued = tokens.issue();
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(new TokenJson(issued.token(), "Bearer", ApiToken.LIFETIME.toSeconds(), issued.expiresAt()))
                .build();
    }

    @DELETE
    @Operation(summary = "Revoke every token of the caller's account",
            description = "Every token issued so far is refused from the next call on (also after a password change or "
                    + "reset and deactivation). Audited.")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke() {
        tokens.revokeOwn();
        return Response.noContent().build();
    }
}
