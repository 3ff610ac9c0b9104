package org.legalaid.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.organisation.NewUnit;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.UnitType;
import org.legalaid.organisation.control.AccountRepository;
import org.legalaid.organisation.control.Caller;
import org.legalaid.organisation.control.UnitRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Role;
import org.legalaid.shared.Roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The organisation tree: reading it within the caller's scope, and the administrator's changes
 * (add, rename, move, deactivate). Every staff member sees their own unit and the units under it
 * (docs/domain.md, "Organisation"); a unit outside that subtree is "not found", never "forbidden".
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class OrganisationService {

    private static final String UNIT = "OrgUnit";

    @Inject
    private UnitRepository units;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Caller caller;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * The caller's profile, or empty when nobody is signed in. Permitted to everyone because it only
     * ever describes the caller themself; the audit trail uses it to name the actor.
     */
    @PermitAll
    public Optional<CallerProfile> findCaller() {
        return caller.find().map(OrganisationService::profileOf);
    }

    /** The caller's profile. */
    public CallerProfile getCaller() {
        return profileOf(caller.get());
    }

    static CallerProfile profileOf(StaffAccount a) {
        OrgUnit u = a.unit();
        return new CallerProfile(a.username(), a.fullName(), u.id(), u.name(), u.path(), a.roles(), a.mustChangePassword());
    }

    /** The units the caller may see, parents before children. */
    public List<OrgUnit> findUnitsInScope() {
        return units.findSubtree(caller.scope());
    }

    /**
     * Ids of the units the caller may see: other contexts scope their records with them
     * ({@code where unitId in :ids}), since a unit's tree belongs to this context.
     */
    public List<Long> findUnitIdsInScope() {
        return units.findSubtreeIds(caller.scope());
    }

    /**
     * Ids of a unit of the caller's scope and of every unit under it (for lists narrowed to one
     * unit's subtree); empty when the unit is not in the caller's scope.
     */
    public List<Long> findUnitIdsInSubtree(long unitId) {
        return units.findInScope(unitId, caller.scope()).map(u -> units.findSubtreeIds(u.path())).orElse(List.of());
    }

    /**
     * Ids of the units of one type in a unit's subtree within the caller's scope, parents before
     * children (reporting: the district centres that report to the city); empty when the unit is not
     * in the caller's scope.
     */
    public List<Long> findUnitIdsOfTypeInSubtree(long unitId, @NotNull org.legalaid.organisation.UnitType type) {
        return units.findInScope(unitId, caller.scope())
                .map(u -> units.findSubtree(u.path()).stream().filter(x -> x.type() == type && x.active()).map(OrgUnit::id).toList())
                .orElse(List.of());
    }

    /**
     * Names of the units the caller may see, by id, parents before children (for lists and exports
     * that show them, and the unit pickers of other contexts' pages).
     */
    public java.util.Map<Long, String> findUnitNamesInScope() {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        units.findSubtree(caller.scope()).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /**
     * Names of the active units the caller may see, by id, parents before children: the pickers of
     * pages that create records under a unit (a deactivated unit takes no new records).
     */
    public java.util.Map<Long, String> findActiveUnitNamesInScope() {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        units.findSubtree(caller.scope()).stream().filter(OrgUnit::isActive).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /**
     * The id of the active unit with this code. Permitted to everyone: it runs at start-up with no
     * caller (the demo data joins its units by code) and tells only an id, while other contexts
     * scope their records by unit id and never read the organisation's tables themselves.
     */
    @PermitAll
    public Optional<Long> findActiveUnitIdByCode(@NotBlank String code) {
        return units.findByCode(code).filter(OrgUnit::active).map(OrgUnit::id);
    }

    /**
     * The active legal aid centres — city and district centres, parents before children — for a
     * citizen who addresses one on a public form without signing in. Permitted to everyone: the
     * centres' names are public (their signs hang at the door); nothing else of the tree is told.
     */
    @PermitAll
    public List<PublicCentre> findPublicCentres() {
        return units.findSubtree("/").stream()
                .filter(u -> u.active() && (u.type() == UnitType.CENTRE || u.type() == UnitType.DISTRICT_CENTRE))
                .map(u -> new PublicCentre(u.id(), u.name(), u.type() == UnitType.CENTRE)).toList();
    }

    /**
     * The letterhead of a unit in the caller's scope: its name and that of the justice bureau above
     * it ({@link #findBureauOf}), for the official documents the unit issues.
     */
    public Letterhead getLetterhead(long unitId) {
        return new Letterhead(getUnit(unitId).name(), findBureauOf(unitId).map(OrgUnit::name).orElse(null));
    }

    /** A unit in the caller's scope. */
    public OrgUnit getUnit(long id) {
        return units.findInScope(id, caller.scope()).orElseThrow(() -> new NotFoundException(UNIT, id));
    }

    /**
     * The justice bureau above a unit in the caller's scope — the nearest bureau among its
     * ancestors — which takes objections to the unit's decisions (LAL art. 49: "向设立该法律援助
     * 机构的司法行政部门提出"). Named even when the bureau is above the caller's scope, since
     * documents must name it.
     */
    public Optional<OrgUnit> findBureauOf(long unitId) {
        OrgUnit u = getUnit(unitId);
        while (u != null && u.type() != UnitType.BUREAU) {
            Long parent = u.getParentId();
            u = parent == null ? null : units.find(parent).orElse(null);
        }
        return Optional.ofNullable(u);
    }

    /**
     * A unit of the caller's scope and the units above it, nearest first (the unit itself, its parent,
     * … the root): for rules that apply to a unit and everything under it, where the nearest unit
     * with a rule of its own wins (e.g. a district's subsidy standard over the city's).
     */
    public List<Long> findUnitAndAncestorIds(long unitId) {
        OrgUnit u = getUnit(unitId);
        String[] ids = u.getPath().split("/");
        List<Long> out = new java.util.ArrayList<>();
        for (int i = ids.length - 1; i >= 0; i--) {
            if (!ids[i].isEmpty()) {
                out.add(Long.valueOf(ids[i]));
            }
        }
        return out;
    }

    /**
     * The district a unit of the caller's scope serves: its own, else the nearest ancestor's that
     * names one (a workstation serves its district centre's). Empty for a city centre and above:
     * a case received there belongs to no district by itself (issue 21).
     */
    public Optional<String> findRegionOf(long unitId) {
        OrgUnit u = getUnit(unitId);
        while (u != null && u.getRegionCode() == null) {
            Long parent = u.getParentId();
            u = parent == null || u.type() == UnitType.CENTRE ? null : units.find(parent).orElse(null);
        }
        return u == null ? Optional.empty() : Optional.of(u.getRegionCode());
    }

    /**
     * Sets or clears the district a unit serves (GB/T 2260 code).
     *
     * @throws BusinessException {@code organisation.unit.regionInvalid}
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public OrgUnit changeUnitRegion(long id, String regionCode, long expectedVersion) {
        OrgUnit unit = getUnit(id);
        checkVersion(unit.version(), expectedVersion);
        String before = unit.getRegionCode();
        unit.serveRegion(regionCode);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, UNIT, id, "region " + (before == null ? "-" : before) + " → "
                + (unit.getRegionCode() == null ? "-" : unit.getRegionCode())));
        return unit;
    }

    /**
     * The names of colleagues by user name, for pages that show who acted (a person's name, never a
     * login name, issue 18); a user name without an account keeps itself.
     */
    public java.util.Map<String, String> findStaffNames(@NotNull java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>(accounts.findFullNames(usernames));
        usernames.forEach(u -> names.putIfAbsent(u, u));
        return names;
    }

    /**
     * An active colleague of the caller's units by user name, with their unit: whom another context
     * may name as a person acting in its records (the complaints context's investigators and a staff
     * member complained about, MoJ order 149 art. 16, 18); empty for an unknown, inactive or foreign account.
     */
    public Optional<StaffMember> findStaffInScope(@NotNull String username) {
        List<Long> scope = findUnitIdsInScope();
        return accounts.findByUsername(username.strip())
                .filter(a -> a.active() && scope.contains(a.unit().id()))
                .map(a -> new StaffMember(a.username(), a.fullName(), a.unit().id(), a.unit().name(), 0));
    }

    /** The id of {@link #findBureauOf}, for contexts that refer to units by id. */
    public Optional<Long> findBureauIdOf(long unitId) {
        return findBureauOf(unitId).map(OrgUnit::id);
    }

    /**
     * The active staff holding {@code role} in a unit of the caller's scope or in a unit above it,
     * nearest unit first, then by user name: whom the cases context may name as a case's
     * supervisor (一案专人监督: the supervisor of the case's own unit, else of the nearest unit
     * above). Only those who name supervisors call it: the assignment officer (a case opens at
     * its assignment) and the centre's director.
     */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.APPROVER})
    public List<StaffMember> findStaffWithRoleAbove(long unitId, @NotNull Role role) {
        OrgUnit unit = getUnit(unitId);
        List<Long> chain = new ArrayList<>();
        for (String id : unit.path().split("/")) {
            if (!id.isEmpty()) {
                chain.add(Long.valueOf(id));
            }
        }
        int depth = chain.size() - 1;
        return accounts.findActiveWithRole(chain, role).stream()
                .map(a -> new StaffMember(a.username(), a.fullName(), a.unit().id(), a.unit().name(),
                        depth - chain.indexOf(a.unit().id())))
                .sorted(Comparator.comparingInt(StaffMember::levelsAbove).thenComparing(StaffMember::username))
                .toList();
    }

    /**
     * Adds a unit under a parent in the administrator's scope. A root bureau can be added only
     * while the tree is empty (first installation).
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public OrgUnit addUnit(@NotNull @Valid NewUnit form) {
        if (units.findByCode(form.getCode()).isPresent()) {
            throw new BusinessException("organisation.unit.codeTaken", form.getCode());
        }
        OrgUnit parent = null;
        if (form.getParentId() != null) {
            parent = getUnit(form.getParentId());
        } else if (units.anyRootExists()) {
            throw new BusinessException("organisation.unit.parentRequired");
        }
        OrgUnit created = new OrgUnit(form.getCode(), form.getName(), form.getType(), parent);
        created.serveRegion(form.getRegionCode());
        OrgUnit unit = units.add(created);
        audit.fire(AuditEvent.of(AuditAction.CREATE, UNIT, unit.id(),
                "code=" + unit.code() + ", name=" + unit.name() + ", type=" + unit.type()
                        + (unit.getRegionCode() == null ? "" : ", region=" + unit.getRegionCode())
                        + ", parent=" + (parent == null ? "-" : parent.code())));
        return unit;
    }

    /** Renames a unit; {@code expectedVersion} is the version the administrator edited. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public OrgUnit renameUnit(long id, @NotBlank @Size(max = OrgUnit.NAME_MAX) @PlainText String newName,
                              long expectedVersion) {
        OrgUnit unit = getUnit(id);
        checkVersion(unit.version(), expectedVersion);
        String old = unit.name();
        unit.rename(newName);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, UNIT, id, "name: " + old + " → " + unit.name()));
        return unit;
    }

    /** Moves a unit, with everything under it, under another parent in scope. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public OrgUnit moveUnit(long id, long newParentId) {
        OrgUnit unit = getUnit(id);
        OrgUnit newParent = getUnit(newParentId);
        if (unit.path().equals(caller.scope())) {
            throw new BusinessException("organisation.unit.cannotMoveOwnRoot");
        }
        String oldPath = unit.path();
        String oldParent = unit.parent() == null ? "-" : unit.parent().code();
        List<OrgUnit> descendants = units.findDescendants(oldPath);
        unit.moveTo(newParent);
        descendants.forEach(d -> d.rebase(oldPath, unit.path()));
        audit.fire(AuditEvent.of(AuditAction.MOVE, UNIT, id, "parent: " + oldParent + " → " + newParent.code()
                + " (" + descendants.size() + " units under it moved along)"));
        return unit;
    }

    /** Deactivates a unit that has no active units or staff left in it. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public OrgUnit deactivateUnit(long id) {
        OrgUnit unit = getUnit(id);
        if (unit.path().equals(caller.scope())) {
            throw new BusinessException("organisation.unit.cannotDeactivateOwn");
        }
        unit.deactivate(units.countActiveChildren(unit), accounts.countActiveIn(unit));
        audit.fire(AuditEvent.of(AuditAction.DEACTIVATE, UNIT, id, "code=" + unit.code()));
        return unit;
    }

    static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new BusinessException("error.staleData");
        }
    }
}
