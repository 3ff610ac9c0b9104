package org.legalaid.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.legalaid.organisation.boundary.AuthenticationResult;
import org.legalaid.organisation.boundary.CredentialService;

/**
 * Checks staff credentials against the organisation context, which owns the accounts, the
 * password hashes and the sign-in throttle (by name and by the client's address, as the server
 * sees it: behind a proxy, Undertow's {@code proxy-address-forwarding} must be on for the
 * throttle to see the real client). The outcome is left on the request so that the login page
 * can tell a slowed-down attempt from a wrong password.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    /** Request attribute holding the {@link AuthenticationResult}. */
    public static final String RESULT_ATTRIBUTE = StaffIdentityStore.class.getName() + ".result";

    @Inject
    private CredentialService credentials;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        AuthenticationResult result = credentials.authenticate(credential.getCaller(), credential.getPasswordAsString(),
                request.getRemoteAddr());
        request.setAttribute(RESULT_ATTRIBUTE, result);
        return result.succeeded()
                ? new CredentialValidationResult(result.username(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
