package org.legalaid.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member's account: who they are, which unit they work in, which roles they hold, and
 * the state of their login (password hash, failed attempts in a row, last login).
 *
 * <p>Rules held here: roles that segregation of duties keeps apart are never held together
 * ({@link Role#incompatibleWith(Role)}); a password reset by an administrator must be changed at the
 * next login; a deactivated account cannot log in. Failed logins no longer lock the account (issue
 * 19: anyone could lock anyone out); they slow the name and the guessing address down
 * ({@link SignInThrottle}). The column {@code locked_until} of the old lockout is only cleared.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount implements Serializable {

    public static final int USERNAME_MAX = UserName.MAX;
    public static final int FULL_NAME_MAX = 50;
    public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{2,31}";

    @Id
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    /**
     * The generation of the API tokens this account may use ({@link ApiToken}): a token names the
     * generation it was issued in, and every change that must end the tokens in circulation — the
     * holder revoking them, a new or reset password, deactivation — moves it on (issue 19).
     */
    @Column(name = "token_version", nullable = false)
    private int tokenVersion;

    protected StaffAccount() {
        // for JPA
    }

    /**
     * A new account whose initial password was set by an administrator: the holder must change it
     * at first login.
     */
    public StaffAccount(String username, String fullName, OrgUnit unit, Collection<Role> roles,
                        String passwordHash, OffsetDateTime now) {
        this.username = Objects.requireNonNull(username);
        this.fullName = Objects.requireNonNull(fullName).strip();
        moveTo(unit);
        assignRoles(roles);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
    }

    public void rename(String newFullName) {
        this.fullName = Objects.requireNonNull(newFullName).strip();
    }

    public void moveTo(OrgUnit newUnit) {
        if (!Objects.requireNonNull(newUnit).active()) {
            throw new BusinessException("organisation.unit.inactive", newUnit.code());
        }
        this.unit = newUnit;
    }

    /** Replaces the roles; at least one, and no pair that segregation of duties keeps apart. */
    public void assignRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new BusinessException("organisation.account.roleRequired");
        }
        List<Role> list = List.copyOf(newRoles);
        for (Role a : list) {
            for (Role b : list) {
                if (a.incompatibleWith(b)) {
                    throw new BusinessException("organisation.account.rolesIncompatible", a.labelKey(), b.labelKey());
                }
            }
        }
        this.roles = EnumSet.copyOf(list);
    }

    /** Whether the account may log in at all (before the password is checked): only while active. */
    public boolean canAttemptLogin() {
        return active;
    }

    /** Records a failed login: counted for the record, never a lock (see {@link SignInThrottle}). */
    public void recordFailedLogin() {
        failedAttempts++;
    }

    public void recordSuccessfulLogin(OffsetDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The holder changed their own password. */
    public void changePassword(String newHash, OffsetDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
        this.tokenVersion++;
    }

    /** An administrator set a new password: it is temporary, and the failure count starts again. */
    public void resetPassword(String newHash, OffsetDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.tokenVersion++;
    }

    /** Deactivated: no further sign-in, and the tokens issued so far are void. */
    public void deactivate() {
        this.active = false;
        this.tokenVersion++;
    }

    /** Every API token issued to this account so far becomes void (the holder's or an administrator's revocation). */
    public void revokeTokens() {
        this.tokenVersion++;
    }

    /** The generation of tokens currently valid for this account. */
    public int tokenVersion() {
        return tokenVersion;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public OrgUnit unit() {
        return unit;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean active() {
        return active;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime lastLoginAt() {
        return lastLoginAt;
    }

    // JavaBean accessors for pages and EL.
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Set<Role> getRoles() {
        return roles();
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + "]";
    }
}
