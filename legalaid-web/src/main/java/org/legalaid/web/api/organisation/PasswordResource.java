package org.legalaid.web.api.organisation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.organisation.boundary.CredentialService;

/**
 * The caller sets their own password (issue 19: an API account created or reset with a temporary
 * password had no way to change it). Until it does, every other call of the account is 403
 * ({@code ApiAuthenticationFilter}). The password policy is the staff's (10+ characters, three
 * character classes, not the user name).
 */
@Path("/password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class PasswordResource {

    @Inject
    private CredentialService credentials;

    /**
     * The change asked for.
     *
     * @param currentPassword the password the account has now (the temporary one)
     * @param newPassword     the account's own new password
     */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @PUT
    @Operation(summary = "Set the caller's own password (required first for a temporary password)",
            description = "Voids every token issued to the account so far.")
    @APIResponse(responseCode = "204", description = "changed")
    public Response change(PasswordChange change) {
        credentials.changeOwnPassword(change == null ? null : change.currentPassword(), change == null ? null : change.newPassword());
        return Response.noContent().build();
    }
}
