package org.legalaid.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.legalaid.organisation.ApiToken;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.control.AccountRepository;
import org.legalaid.organisation.control.Caller;
import org.legalaid.organisation.control.TokenKey;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * API tokens (issue 19): a client exchanges its credentials once for a short-lived signed token
 * ({@link ApiToken}, {@value ApiToken#ISSUER}, {@link ApiToken#LIFETIME}) and sends it with every
 * call, which then costs no password hash, no lock and no audit row. The audit trail records each
 * issue and each revocation, not each call. Revocation is per account: the account's token
 * generation moves on ({@link StaffAccount#revokeTokens()}, also on a password change or reset and on
 * deactivation), and every token of an earlier generation is refused from the next call on.
 */
@Stateless
public class TokenService {

    private static final String ACCOUNT = "StaffAccount";

    @Inject
    private AccountRepository accounts;

    @Inject
    private Caller caller;

    @Inject
    private TokenKey key;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * A new token for the caller (who signed this request in with their password). An account with a
     * temporary password gets none: it must set its own first ({@code organisation.token.mustChangePassword}).
     */
    @RolesAllowed({Roles.STAFF, Roles.NOTIFYING_ORGAN, Roles.ONLINE_PORTAL})
    public IssuedToken issue() {
        StaffAccount account = caller.get();
        if (account.mustChangePassword()) {
            throw new BusinessException("organisation.token.mustChangePassword");
        }
        ApiToken token = ApiToken.issue(account, clock.instant());
        audit.fire(AuditEvent.of(AuditAction.ISSUE_TOKEN, ACCOUNT, account.id(),
                "API token " + token.id() + " issued, valid until " + token.expires()));
        return new IssuedToken(token.sign(key.get()), token.expires(), token.id());
    }

    /**
     * Who {@code compact} speaks for, if it is a valid token of this installation, unexpired, of the
     * account's current generation, and the account is active; empty otherwise. One read of the
     * account by its unique name; nothing written, nothing audited. Permitted to everyone: the caller
     * is not signed in until this answers.
     */
    @PermitAll
    public Optional<TokenIdentity> verify(String compact) {
        Instant now = clock.instant();
        return ApiToken.verify(compact, key.get(), now)
                .flatMap(token -> accounts.findByUsername(token.username())
                        .filter(a -> a.active() && a.tokenVersion() == token.version()))
                .map(a -> new TokenIdentity(a.username(), CredentialService.groupsOf(a), a.mustChangePassword()));
    }

    /** The caller ends every token issued to their account so far (a client that lost one, or stops). */
    @RolesAllowed({Roles.STAFF, Roles.NOTIFYING_ORGAN, Roles.ONLINE_PORTAL})
    public void revokeOwn() {
        StaffAccount account = caller.get();
        account.revokeTokens();
        audit.fire(AuditEvent.of(AuditAction.REVOKE_TOKENS, ACCOUNT, account.id(), "every API token of the account revoked"));
    }
}
