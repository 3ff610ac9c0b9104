package org.legalaid.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.organisation.PasswordHasher;
import org.legalaid.organisation.PasswordPolicy;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.control.AccountRepository;
import org.legalaid.organisation.control.Caller;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checking a password at login (with the lockout rule) and changing one's own password. Every
 * attempt, good or bad, is audited.
 */
@Stateless
public class CredentialService {

    private static final String ACCOUNT = "StaffAccount";
    /** Longest name or password an attempt may carry; longer is refused unread. */
    private static final int MAX_INPUT = 256;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * Checks a user name and password. Permitted to everyone because the caller is, by definition,
     * not signed in yet. Five failures in a row lock the account for fifteen minutes; an unknown
     * name costs the same hashing time as a wrong password.
     */
    @PermitAll
    public AuthenticationResult authenticate(String username, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (username == null || password == null || username.length() > MAX_INPUT || password.length() > MAX_INPUT) {
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        Optional<StaffAccount> found = accounts.lockByUsername(username.strip());
        if (found.isEmpty()) {
            PasswordHasher.verify(password, PasswordHasher.decoy());
            audit.fire(AuditEvent.by("anonymous", null, AuditAction.LOGIN_FAILED, ACCOUNT, null,
                    "unknown user name (" + username.strip().length() + " characters)"));
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        StaffAccount account = found.get();
        Long unitId = account.unit().id();
        if (account.isLockedAt(now)) {
            audit.fire(AuditEvent.by(account.username(), unitId, AuditAction.LOGIN_FAILED, ACCOUNT, account.id(),
                    "refused: locked until " + account.lockedUntil()));
            return AuthenticationResult.failed(AuthenticationResult.Outcome.LOCKED);
        }
        boolean passwordMatches = PasswordHasher.verify(password, account.passwordHash());
        if (!account.active()) {
            audit.fire(AuditEvent.by(account.username(), unitId, AuditAction.LOGIN_FAILED, ACCOUNT, account.id(),
                    "refused: account deactivated"));
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        if (!passwordMatches) {
            boolean locked = account.recordFailedLogin(now);
            audit.fire(AuditEvent.by(account.username(), unitId, locked ? AuditAction.LOCKED : AuditAction.LOGIN_FAILED,
                    ACCOUNT, account.id(), "wrong password, attempt " + account.failedAttempts()
                            + (locked ? ", locked until " + account.lockedUntil() : "")));
            return AuthenticationResult.failed(locked ? AuthenticationResult.Outcome.LOCKED : AuthenticationResult.Outcome.INVALID);
        }
        account.recordSuccessfulLogin(now);
        if (PasswordHasher.needsRehash(account.passwordHash())) {
            account.changePassword(PasswordHasher.hash(password), now);
        }
        audit.fire(AuditEvent.by(account.username(), unitId, AuditAction.LOGIN, ACCOUNT, account.id(), "signed in"));
        // Staff get the common STAFF role; a notifying organ's API account does not (Role.isStaff).
        boolean staff = account.roles().stream().anyMatch(Role::isStaff);
        Set<String> groups = Stream.concat(staff ? Stream.of(Roles.STAFF) : Stream.empty(), account.roles().stream().map(Role::code))
                .collect(Collectors.toUnmodifiableSet());
        return new AuthenticationResult(AuthenticationResult.Outcome.SUCCESS, account.username(), groups,
                account.mustChangePassword());
    }

    /** The signed-in staff member changes their own password, proving they know the current one. */
    @RolesAllowed(Roles.STAFF)
    public void changeOwnPassword(@NotNull @Size(max = MAX_INPUT) String currentPassword,
                                  @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String newPassword) {
        StaffAccount account = caller.get();
        if (!PasswordHasher.verify(currentPassword, account.passwordHash())) {
            throw new BusinessException("password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessException("password.unchanged");
        }
        PasswordPolicy.check(newPassword, account.username());
        account.changePassword(PasswordHasher.hash(newPassword), OffsetDateTime.now(clock));
        audit.fire(AuditEvent.of(AuditAction.CHANGE_PASSWORD, ACCOUNT, account.id(), "own password changed"));
    }

    /** Records a sign-out in the audit trail. */
    @RolesAllowed(Roles.STAFF)
    public void recordLogout() {
        StaffAccount account = caller.get();
        audit.fire(AuditEvent.of(AuditAction.LOGOUT, ACCOUNT, account.id(), "signed out"));
    }
}
