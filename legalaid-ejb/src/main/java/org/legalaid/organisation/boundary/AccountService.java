package org.legalaid.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.organisation.AccountFilter;
import org.legalaid.organisation.NewAccount;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.PasswordHasher;
import org.legalaid.organisation.PasswordPolicy;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.control.AccountRepository;
import org.legalaid.organisation.control.Caller;
import org.legalaid.organisation.control.LoginThrottle;
import org.legalaid.organisation.control.UnitRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Role;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.CurrentTime;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff accounts, for administrators: list, view, create, change unit and roles, deactivate and
 * reset a password. An administrator manages only the accounts of their own unit subtree. Viewing
 * one account is a read of a person's record and is audited.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class AccountService {

    private static final String ACCOUNT = "StaffAccount";
    public static final int MAX_PAGE = 500;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AccountRepository accounts;

    @Inject
    private UnitRepository units;

    @Inject
    private Caller caller;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    public List<StaffAccount> findAccounts(@NotNull AccountFilter filter, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        return accounts.findPage(caller.scope(), filter, first, max);
    }

    public long countAccounts(@NotNull AccountFilter filter) {
        return accounts.count(caller.scope(), filter);
    }

    /** One account in scope; the read is audited. */
    public StaffAccount getAccount(long id) {
        StaffAccount account = inScope(id);
        audit.fire(AuditEvent.of(AuditAction.READ, ACCOUNT, id, "viewed account " + account.username()));
        return account;
    }

    public StaffAccount createAccount(@NotNull @Valid NewAccount form) {
        if (accounts.findByUsername(form.getUsername()).isPresent()) {
            throw new BusinessException("organisation.account.usernameTaken", form.getUsername());
        }
        PasswordPolicy.check(form.getInitialPassword(), form.getUsername());
        OrgUnit unit = unitInScope(form.getUnitId());
        StaffAccount account = accounts.add(new StaffAccount(form.getUsername(), form.getFullName(), unit,
                form.getRoles(), PasswordHasher.hash(form.getInitialPassword()), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, ACCOUNT, account.id(), "username=" + account.username()
                + ", name=" + account.fullName() + ", unit=" + unit.code() + ", roles=" + codes(account.roles())));
        return account;
    }

    /** Changes name, unit and roles of an account as the administrator saw it at {@code expectedVersion}. */
    public StaffAccount updateAccount(long id, @NotBlank @Size(max = StaffAccount.FULL_NAME_MAX) @PlainText String fullName,
                                      long unitId, @NotEmpty Set<Role> roles, long expectedVersion) {
        StaffAccount account = inScope(id);
        OrganisationService.checkVersion(account.version(), expectedVersion);
        StringBuilder changes = new StringBuilder();
        if (!account.fullName().equals(fullName.strip())) {
            changes.append("name: ").append(account.fullName()).append(" → ").append(fullName.strip()).append("; ");
            account.rename(fullName);
        }
        if (account.unit().id() != unitId) {
            OrgUnit unit = unitInScope(unitId);
            changes.append("unit: ").append(account.unit().code()).append(" → ").append(unit.code()).append("; ");
            account.moveTo(unit);
        }
        if (!account.roles().equals(roles)) {
            changes.append("roles: ").append(codes(account.roles())).append(" → ").append(codes(roles)).append("; ");
            account.assignRoles(roles);
        }
        if (!changes.isEmpty()) {
            audit.fire(AuditEvent.of(AuditAction.UPDATE, ACCOUNT, id, changes.toString()));
        }
        return account;
    }

    public StaffAccount deactivateAccount(long id) {
        StaffAccount account = inScope(id);
        if (account.username().equals(caller.get().username())) {
            throw new BusinessException("organisation.account.cannotDeactivateSelf");
        }
        account.deactivate();
        audit.fire(AuditEvent.of(AuditAction.DEACTIVATE, ACCOUNT, id, "username=" + account.username()));
        return account;
    }

    public StaffAccount reactivateAccount(long id) {
        StaffAccount account = inScope(id);
        if (!account.unit().active()) {
            throw new BusinessException("organisation.unit.inactive", account.unit().code());
        }
        account.reactivate();
        audit.fire(AuditEvent.of(AuditAction.REACTIVATE, ACCOUNT, id, "username=" + account.username()));
        return account;
    }

    /** Sets a temporary password the holder must change at next login; lifts a lockout. */
    public StaffAccount resetPassword(long id, @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String temporaryPassword) {
        StaffAccount account = inScope(id);
        PasswordPolicy.check(temporaryPassword, account.username());
        account.resetPassword(PasswordHasher.hash(temporaryPassword), time.now());
        throttle.forget(account.username());
        audit.fire(AuditEvent.of(AuditAction.RESET_PASSWORD, ACCOUNT, id, "temporary password set, sign-in delays lifted"));
        return account;
    }

    private StaffAccount inScope(long id) {
        return accounts.find(id)
                .filter(a -> a.unit().path().startsWith(caller.scope()))
                .orElseThrow(() -> new NotFoundException(ACCOUNT, id));
    }

    private OrgUnit unitInScope(Long unitId) {
        if (unitId == null) {
            throw new BusinessException("organisation.account.unitRequired");
        }
        return units.findInScope(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("OrgUnit", unitId));
    }


    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().collect(Collectors.joining(","));
    }
}
