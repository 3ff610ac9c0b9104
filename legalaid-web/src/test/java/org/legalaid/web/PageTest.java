package org.legalaid.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.Roles;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Page permissions derive from the Roles constants")
class PageTest {

    @Test
    void adminPagesNeedTheAdministrator() {
        assertEquals(Optional.of(Roles.SYSTEM_ADMIN), Page.requiredRole("/admin/accounts.xhtml"));
    }

    @Test
    void anUnlistedPageInTheAdminFolderNeedsTheAdministratorToo() {
        assertEquals(Optional.of(Roles.SYSTEM_ADMIN), Page.requiredRole("/admin/secret.xhtml"));
    }

    @Test
    void everyStaffMemberMayOpenTheWorkbenchAndTheirPassword() {
        assertEquals(Optional.of(Roles.STAFF), Page.requiredRole("/index.xhtml"));
        assertEquals(Optional.of(Roles.STAFF), Page.requiredRole("/account/password.xhtml"));
    }

    @Test
    void publicPagesNeedNoRole() {
        assertEquals(Optional.empty(), Page.requiredRole("/login.xhtml"));
        assertEquals(Optional.empty(), Page.requiredRole("/errors/404.xhtml"));
    }
}
