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
import org.legalaid.organisation.SignInThrottle;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.control.AccountRepository;
import org.legalaid.organisation.control.Caller;
import org.legalaid.organisation.control.LoginThrottle;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checking a password at login (with the sign-in throttle) and changing one's own password. Every
 * checked attempt, good or bad, is audited; an attempt refused by the throttle is not checked and
 * not audited (so guessing cannot grow the trail faster than the delays allow), but each name or
 * address that reaches its threshold is, as an alert for the administrator ({@link AuditAction#LOCKED},
 * counted on the administrator's workbench).
 */
@Stateless
public class CredentialService {

    private static final String ACCOUNT = "StaffAccount";
    private static final String ADDRESS = "SignInAddress";
    /** Longest name or password an attempt may carry; longer is refused unread. */
    private static final int MAX_INPUT = 256;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private Event<AuditEvent> audit;

    /** Checks a user name and password from an unknown address (in-container callers). */
    @PermitAll
    public AuthenticationResult authenticate(String username, String password) {
        return authenticate(username, password, null);
    }

    /**
     * Checks a user name and password sent from {@code address}. Permitted to everyone because the
     * caller is, by definition, not signed in yet.
     * <ul>
     *   <li>A name or address that failed too often is not checked until its delay has run out
     *   ({@link SignInThrottle}): the account is slowed, never closed, so nobody can keep its
     *   owner out.</li>
     *   <li>Every answer about a name that could exist costs one password hash — an unknown name, a
     *   deactivated account and a throttled attempt are hashed against a decoy —
     *   so the time of the answer tells nothing (a locked account answered in 9 ms, an unknown one
     *   in 54 ms before).</li>
     *   <li>A name with control or format characters (a NUL byte in a Basic header gave a 500 and
     *   57 KB of log) is refused unread and uncounted: no user name holds one, so the answer tells
     *   nothing, and it never reaches the database.</li>
     * </ul>
     */
    @PermitAll
    public AuthenticationResult authenticate(String username, String password, String address) {
        return check(username, password, address, false);
    }

    /**
     * Checks the Basic credentials of one API call (issue 19: every call paid a password hash, a
     * lock of the account's row — calls of one account queued behind each other — and a LOGIN row in
     * the audit trail, so that traffic grew the trail forever). A call that passes reads the account
     * without a lock, writes nothing and is not audited: the password hash is the one cost left,
     * and clients that call often exchange their credentials for a token instead
     * ({@link TokenService}). A failure is handled and audited exactly as at the login form (the
     * throttle bounds how often that can happen), under the row's lock.
     */
    @PermitAll
    public AuthenticationResult authenticateCall(String username, String password, String address) {
        return check(username, password, address, true);
    }

    private AuthenticationResult check(String username, String password, String address, boolean perCall) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (username == null || password == null || username.length() > MAX_INPUT || password.length() > MAX_INPUT) {
            PasswordHasher.verify("", PasswordHasher.decoy());
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        String name = username.strip();
        if (!printable(name)) {
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        Optional<Duration> wait = throttle.waitFor(name, address, now.toInstant());
        if (wait.isPresent()) {
            PasswordHasher.verify(password, PasswordHasher.decoy());
            return AuthenticationResult.throttled(wait.get());
        }
        if (perCall) {
            Optional<StaffAccount> read = accounts.findByUsername(name);
            if (read.isPresent() && read.get().canAttemptLogin() && PasswordHasher.verify(password, read.get().passwordHash())) {
                throttle.recordSuccess(name, address);
                return success(read.get());
            }
        }
        Optional<StaffAccount> found = accounts.lockByUsername(name);
        if (found.isEmpty()) {
            PasswordHasher.verify(password, PasswordHasher.decoy());
            audit.fire(AuditEvent.by("anonymous", null, AuditAction.LOGIN_FAILED, ACCOUNT, null,
                    "unknown user name (" + name.length() + " characters)" + from(address)));
            alert(throttle.recordFailure(name, address, now.toInstant()), null, address);
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        StaffAccount account = found.get();
        Long unitId = account.unit().id();
        boolean passwordMatches = PasswordHasher.verify(password, account.passwordHash());
        if (!account.canAttemptLogin()) {
            audit.fire(AuditEvent.by(account.username(), unitId, AuditAction.LOGIN_FAILED, ACCOUNT, account.id(),
                    "refused: account deactivated" + from(address)));
            alert(throttle.recordFailure(name, address, now.toInstant()), account, address);
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        if (!passwordMatches) {
            account.recordFailedLogin();
            audit.fire(AuditEvent.by(account.username(), unitId, AuditAction.LOGIN_FAILED,
                    ACCOUNT, account.id(), "wrong password, attempt " + account.failedAttempts() + from(address)));
            alert(throttle.recordFailure(name, address, now.toInstant()), account, address);
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID);
        }
        throttle.recordSuccess(name, address);
        account.recordSuccessfulLogin(now);
        if (PasswordHasher.needsRehash(account.passwordHash())) {
            account.changePassword(PasswordHasher.hash(password), now);
        }
        audit.fire(AuditEvent.by(account.username(), unitId, AuditAction.LOGIN, ACCOUNT, account.id(), "signed in"));
        return success(account);
    }

    private static AuthenticationResult success(StaffAccount account) {
        return new AuthenticationResult(AuthenticationResult.Outcome.SUCCESS, account.username(), groupsOf(account),
                account.mustChangePassword(), Duration.ZERO);
    }

    /** The caller groups of an account: its role codes, and {@link Roles#STAFF} for staff (not for an API account, Role.isStaff). */
    static Set<String> groupsOf(StaffAccount account) {
        boolean staff = account.roles().stream().anyMatch(Role::isStaff);
        return Stream.concat(staff ? Stream.of(Roles.STAFF) : Stream.empty(), account.roles().stream().map(Role::code))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The administrator's alert: once when a name reaches its threshold (an account under attack, or
     * a user who forgot the password) and once when an address does (a guesser).
     */
    private void alert(SignInThrottle.Failure failure, StaffAccount account, String address) {
        if (failure.nameSlowedNow()) {
            audit.fire(account == null
                    ? AuditEvent.by("anonymous", null, AuditAction.LOCKED, ACCOUNT, null,
                            "sign-in slowed: " + failure.nameFailures() + " failures for an unknown user name" + from(address))
                    : AuditEvent.by(account.username(), account.unit().id(), AuditAction.LOCKED, ACCOUNT, account.id(),
                            "sign-in slowed (not locked): " + failure.nameFailures() + " failures in a row" + from(address)));
        }
        if (failure.addressSlowedNow()) {
            audit.fire(AuditEvent.by("anonymous", null, AuditAction.LOCKED, ADDRESS, null,
                    "sign-in slowed for the address " + address + ": " + failure.addressFailures() + " failures"));
        }
    }

    private static String from(String address) {
        return address == null ? "" : " from " + address;
    }

    /** Whether a name could be a user name at all: no control, format or unpaired surrogate characters. */
    private static boolean printable(String name) {
        return !name.isEmpty() && name.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE);
    }

    /**
     * The signed-in staff member, or API account, changes their own password, proving they know the
     * current one. An API account created or reset with a temporary password must do this (over
     * {@code PUT /api/v1/password}) before any other call (issue 19); the change also voids every
     * token issued to the account so far ({@link StaffAccount#changePassword}).
     */
    @RolesAllowed({Roles.STAFF, Roles.NOTIFYING_ORGAN, Roles.ONLINE_PORTAL})
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
