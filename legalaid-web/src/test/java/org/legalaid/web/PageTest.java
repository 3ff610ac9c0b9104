package org.legalaid.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.Roles;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Page permissions derive from the Roles constants")
class PageTest {

    @Test
    void adminPagesNeedTheAdministrator() {
        assertEquals(Optional.of(Set.of(Roles.SYSTEM_ADMIN)), Page.requiredRoles("/admin/accounts.xhtml"));
    }

    @Test
    void anUnlistedPageInTheAdminFolderNeedsTheAdministratorToo() {
        assertEquals(Optional.of(Set.of(Roles.SYSTEM_ADMIN)), Page.requiredRoles("/admin/secret.xhtml"));
    }

    @Test
    void everyStaffMemberMayOpenTheWorkbenchAndTheirPassword() {
        assertEquals(Optional.of(Set.of(Roles.STAFF)), Page.requiredRoles("/index.xhtml"));
        assertEquals(Optional.of(Set.of(Roles.STAFF)), Page.requiredRoles("/account/password.xhtml"));
    }

    @Test
    @DisplayName("the deadline list opens to every role that handles a timed step, and not to the administrator")
    void theDeadlineListOpensToTheRolesThatHandleSteps() {
        Set<String> roles = Page.requiredRoles("/intake/deadlines.xhtml").orElseThrow();
        assertEquals(Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR,
                Roles.BUREAU_SUPERVISOR, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.COMPLAINT_HANDLER), roles,
                "the finance roles follow the payment clock (及时足额支付), the complaint handler the complaint clocks (MoJ order 149)");
        assertEquals(Set.of(org.legalaid.intake.boundary.DeadlineService.class
                .getAnnotation(jakarta.annotation.security.RolesAllowed.class).value()), roles, "the page opens to the service's roles");
        assertEquals(Optional.of(Set.of(Roles.SYSTEM_ADMIN)), Page.requiredRoles("/admin/holidays.xhtml"));
        assertEquals(Optional.of(Set.of(Roles.INTAKE_CLERK)), Page.requiredRoles("/intake/unlisted.xhtml"),
                "an unlisted intake page opens only to the roles every intake page shares");
    }

    @Test
    void everyoneWhoWorksOnApplicationsMayOpenTheListAndTheApplication() {
        Set<String> staff = Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
                Roles.ASSIGNMENT_OFFICER);
        assertEquals(Optional.of(staff), Page.requiredRoles("/intake/applications.xhtml"));
        assertEquals(Optional.of(staff), Page.requiredRoles("/intake/application.xhtml"));
    }

    @Test
    void onlyTheIntakeClerkReceivesANewApplicationAndOpensUnlistedIntakePages() {
        assertEquals(Optional.of(Set.of(Roles.INTAKE_CLERK)), Page.requiredRoles("/intake/application-new.xhtml"));
        assertEquals(Optional.of(Set.of(Roles.INTAKE_CLERK)), Page.requiredRoles("/intake/anything.xhtml"));
    }

    @Test
    @DisplayName("the decision PDF opens to those who work on applications, not to every intake page's common role only")
    void theDecisionDocumentOpensToEveryoneWhoWorksOnApplications() {
        assertEquals(Page.requiredRoles("/intake/application.xhtml"), Page.requiredRoles("/intake/decision.pdf"));
    }

    @Test
    void publicPagesNeedNoRole() {
        assertEquals(Optional.empty(), Page.requiredRoles("/login.xhtml"));
        assertEquals(Optional.empty(), Page.requiredRoles("/errors/404.xhtml"));
    }
}
