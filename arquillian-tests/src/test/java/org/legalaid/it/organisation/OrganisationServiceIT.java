package org.legalaid.it.organisation;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.organisation.AccountFilter;
import org.legalaid.organisation.NewAccount;
import org.legalaid.organisation.NewUnit;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.UnitType;
import org.legalaid.organisation.boundary.AccountService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Organisation and accounts: roles, unit scoping, bad input")
class OrganisationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OrganisationServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private OrganisationService organisation;

    @Inject
    private AccountService accounts;

    private Fixtures.Tree tree;
    private As cityAdmin;
    private As districtAdminA;
    private As clerkA;

    @BeforeEach
    void tree() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        fixtures.account(tree.user("adminA"), tree.districtA(), pw, Role.SYSTEM_ADMIN);
        fixtures.account(tree.user("clerkA"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("clerkB"), tree.districtB(), pw, Role.INTAKE_CLERK);
        cityAdmin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        districtAdminA = As.user(tree.user("adminA"), Role.SYSTEM_ADMIN);
        clerkA = As.user(tree.user("clerkA"), Role.INTAKE_CLERK);
    }

    @Test
    void aClerkCannotCreateAccounts() {
        NewAccount form = new NewAccount(tree.user("x"), "某人", tree.districtA().id(), List.of(Role.REVIEWER), TestPasswords.fresh());
        Exception e = assertThrows(Exception.class, () -> clerkA.call(() -> accounts.createAccount(form)));
        assertInstanceOf(EJBAccessException.class, e);
        assertEquals(0, fixtures.count("select count(a) from StaffAccount a where a.username = '" + tree.user("x") + "'"));
    }

    @Test
    void aClerkCannotAddUnits() {
        NewUnit form = new NewUnit(tree.code("WX"), "新工作站", UnitType.WORKSTATION, tree.districtA().id());
        assertThrows(EJBAccessException.class, () -> clerkA.call(() -> organisation.addUnit(form)));
    }

    @Test
    void aDistrictAdministratorSeesOnlyTheirDistrictsAccounts() throws Exception {
        List<String> names = districtAdminA.call(() -> accounts.findAccounts(AccountFilter.all(), 0, 100))
                .stream().map(StaffAccount::username).toList();
        assertTrue(names.contains(tree.user("clerkA")), names.toString());
        assertTrue(names.contains(tree.user("adminA")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals(tree.user("clerkB")) || n.equals(tree.user("admin"))), names.toString());
        assertEquals(2, districtAdminA.call(() -> accounts.countAccounts(AccountFilter.all())));
    }

    @Test
    void anotherDistrictsAccountIsNotFoundRatherThanForbidden() throws Exception {
        long clerkB = cityAdmin.call(() -> accounts.findAccounts(new AccountFilter(tree.user("clerkB"), null, null), 0, 10))
                .get(0).id();
        assertThrows(NotFoundException.class, () -> districtAdminA.call(() -> accounts.getAccount(clerkB)));
    }

    @Test
    void theCityAdministratorSeesEveryDistrictButNotOtherTrees() throws Exception {
        List<OrgUnit> units = cityAdmin.call(organisation::findUnitsInScope);
        assertEquals(5, units.size(), "exactly this test's own tree");
        assertEquals(tree.bureau().id(), units.get(0).id(), "parents come first");
    }

    @Test
    void anAdministratorCreatesAnAccountThatMustChangeItsPassword() throws Exception {
        NewAccount form = new NewAccount(tree.user("new"), "新同事", tree.stationA().id(),
                List.of(Role.INTAKE_CLERK, Role.REVIEWER), TestPasswords.fresh());
        StaffAccount created = districtAdminA.call(() -> accounts.createAccount(form));
        assertTrue(created.mustChangePassword());
        assertEquals(2, created.roles().size());
    }

    @Test
    void incompatibleRolesAreRefusedAndNothingIsSaved() {
        NewAccount form = new NewAccount(tree.user("money"), "某人", tree.centre().id(),
                List.of(Role.FINANCE_OFFICER, Role.FINANCE_APPROVER), TestPasswords.fresh());
        BusinessException e = assertThrows(BusinessException.class, () -> cityAdmin.call(() -> accounts.createAccount(form)));
        assertEquals("organisation.account.rolesIncompatible", e.messageKey());
        assertEquals(0, fixtures.count("select count(a) from StaffAccount a where a.username = '" + tree.user("money") + "'"));
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long before = fixtures.count("select count(u) from OrgUnit u");
        for (NewUnit bad : List.of(
                new NewUnit(tree.code("W1"), "", UnitType.WORKSTATION, tree.districtA().id()),
                new NewUnit(tree.code("W2"), "站".repeat(101), UnitType.WORKSTATION, tree.districtA().id()),
                new NewUnit(tree.code("W3"), "<script>alert(1)</script>", UnitType.WORKSTATION, tree.districtA().id()),
                new NewUnit("bad code!", "正常名称", UnitType.WORKSTATION, tree.districtA().id()))) {
            Exception e = assertThrows(Exception.class, () -> cityAdmin.call(() -> organisation.addUnit(bad)));
            Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
            assertInstanceOf(ConstraintViolationException.class, cause, "refused by validation: " + bad.getName());
        }
        assertEquals(before, fixtures.count("select count(u) from OrgUnit u"));
    }

    @Test
    void aWorkstationCannotBePlacedUnderTheBureau() {
        NewUnit form = new NewUnit(tree.code("WB"), "错误工作站", UnitType.WORKSTATION, tree.bureau().id());
        BusinessException e = assertThrows(BusinessException.class, () -> cityAdmin.call(() -> organisation.addUnit(form)));
        assertEquals("organisation.unit.parentTypeNotAllowed", e.messageKey());
    }

    @Test
    void movingADistrictMovesItsWorkstationsAlong() throws Exception {
        OrgUnit otherCentre = fixtures.unit(tree.code("C2"), "另一中心", UnitType.CENTRE, tree.bureau());
        cityAdmin.call(() -> organisation.moveUnit(tree.districtA().id(), otherCentre.id()));
        OrgUnit station = fixtures.reload(tree.stationA());
        assertTrue(station.path().startsWith(fixtures.reload(otherCentre).path()), station.path());
    }

    @Test
    void aUnitWithStaffCannotBeDeactivated() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> cityAdmin.call(() -> organisation.deactivateUnit(tree.districtB().id())));
        assertEquals("organisation.unit.hasActiveStaff", e.messageKey());
    }
}
