package org.legalaid.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Staff account rules: failed logins, roles, password state")
class StaffAccountTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private StaffAccount account;

    @BeforeEach
    void account() {
        OrgUnit bureau = Units.unit("B", UnitType.BUREAU, null);
        account = new StaffAccount("zhangsan", "张三", bureau, List.of(Role.INTAKE_CLERK), "hash", T0);
    }

    @Test
    @DisplayName("failed logins are counted but never close the account (issue 19)")
    void failedLoginsAreCountedButNeverLock() {
        for (int i = 0; i < 20; i++) {
            account.recordFailedLogin();
        }
        assertEquals(20, account.failedAttempts());
        assertTrue(account.canAttemptLogin());
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin();
        }
        account.recordSuccessfulLogin(T0.plusMinutes(1));
        account.recordFailedLogin();
        assertEquals(1, account.failedAttempts());
    }

    @Test
    void aDeactivatedAccountCannotLogIn() {
        account.deactivate();
        assertFalse(account.canAttemptLogin());
    }

    @Test
    void anAdministratorResetForcesAChangeAndClearsTheCount() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin();
        }
        account.resetPassword("new", T0.plusMinutes(1));
        assertTrue(account.mustChangePassword());
        assertEquals(0, account.failedAttempts());
        account.changePassword("mine", T0.plusMinutes(2));
        assertFalse(account.mustChangePassword());
    }

    @Test
    void holdsSeveralRoles() {
        account.assignRoles(List.of(Role.INTAKE_CLERK, Role.REVIEWER));
        assertTrue(account.hasRole(Role.REVIEWER));
        assertTrue(account.hasRole(Role.INTAKE_CLERK));
    }

    @Test
    void refusesRolesThatSegregationOfDutiesKeepsApart() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> account.assignRoles(List.of(Role.FINANCE_OFFICER, Role.FINANCE_APPROVER)));
        assertEquals("organisation.account.rolesIncompatible", e.messageKey());
        assertThrows(BusinessException.class, () -> account.assignRoles(List.of(Role.SYSTEM_ADMIN, Role.FINANCE_APPROVER)));
        assertTrue(account.hasRole(Role.INTAKE_CLERK), "a refused change leaves the roles as they were");
    }

    @Test
    @DisplayName("an outside system's API account (notifying organ, online platform) holds no other role beside it, and is not staff")
    void aNotifyingOrganAccountHoldsNoStaffRole() {
        for (Role outside : List.of(Role.NOTIFYING_ORGAN, Role.ONLINE_PORTAL)) {
            for (Role other : Role.values()) {
                if (other != outside) {
                    assertThrows(BusinessException.class, () -> account.assignRoles(List.of(outside, other)), other.name());
                }
            }
        }
        for (Role staff : Role.values()) {
            if (staff != Role.NOTIFYING_ORGAN && staff != Role.ONLINE_PORTAL) {
                assertTrue(staff.isStaff(), staff.name());
            }
        }
        account.assignRoles(List.of(Role.NOTIFYING_ORGAN));
        assertTrue(account.hasRole(Role.NOTIFYING_ORGAN));
        assertFalse(Role.NOTIFYING_ORGAN.isStaff());
    }

    @Test
    void refusesAnAccountWithoutRoles() {
        assertThrows(BusinessException.class, () -> account.assignRoles(List.of()));
    }
}
