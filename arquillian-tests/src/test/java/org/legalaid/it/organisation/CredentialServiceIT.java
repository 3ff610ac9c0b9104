package org.legalaid.it.organisation;

import jakarta.inject.Inject;
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
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.boundary.AccountService;
import org.legalaid.organisation.boundary.AuthenticationResult;
import org.legalaid.organisation.boundary.CredentialService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;
import org.legalaid.shared.Roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Login: lockout after five failures, password changes")
class CredentialServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CredentialServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private CredentialService credentials;

    @Inject
    private AccountService accounts;

    private Fixtures.Tree tree;
    private String password;
    private StaffAccount clerk;

    @BeforeEach
    void clerk() {
        tree = fixtures.tree();
        password = TestPasswords.fresh();
        clerk = fixtures.account(tree.user("clerk"), tree.districtA(), password, Role.INTAKE_CLERK);
        fixtures.account(tree.user("admin"), tree.bureau(), password, Role.SYSTEM_ADMIN);
    }

    @Test
    void theRightPasswordSignsInWithTheStaffRoleAndOwnRoles() {
        AuthenticationResult r = credentials.authenticate(clerk.username(), password);
        assertTrue(r.succeeded());
        assertTrue(r.groups().contains(Roles.STAFF));
        assertTrue(r.groups().contains(Roles.INTAKE_CLERK));
        assertFalse(r.groups().contains(Roles.SYSTEM_ADMIN));
    }

    @Test
    @DisplayName("one account signing in from several places at the same moment: every sign-in succeeds (no error on the account's version)")
    void simultaneousSignInsOfOneAccountAllSucceed() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<AuthenticationResult>> results = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return credentials.authenticate(clerk.username(), password);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<AuthenticationResult> r : results) {
                assertTrue(r.get(60, java.util.concurrent.TimeUnit.SECONDS).succeeded());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("five wrong passwords guessed at the same moment still lock the account: each failure is counted")
    void simultaneousWrongPasswordsAreAllCounted() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<AuthenticationResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String guess = "wrong" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return credentials.authenticate(clerk.username(), guess);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<AuthenticationResult> r : results) {
                assertFalse(r.get(60, java.util.concurrent.TimeUnit.SECONDS).succeeded());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(AuthenticationResult.Outcome.LOCKED, credentials.authenticate(clerk.username(), password).outcome());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(AuthenticationResult.Outcome.INVALID, credentials.authenticate(clerk.username(), "wrong" + i).outcome());
        }
        assertEquals(AuthenticationResult.Outcome.LOCKED, credentials.authenticate(clerk.username(), "wrong5").outcome());
        assertEquals(AuthenticationResult.Outcome.LOCKED, credentials.authenticate(clerk.username(), password).outcome());
        StaffAccount locked = fixtures.reload(clerk);
        assertTrue(locked.lockedUntil() != null && locked.lockedUntil().isAfter(java.time.OffsetDateTime.now().plusMinutes(14)));
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.action = org.legalaid.shared.AuditAction.LOCKED"
                + " and e.entityId = '" + clerk.id() + "'"));
    }

    @Test
    void anAdministratorsResetLiftsTheLockout() throws Exception {
        for (int i = 0; i < 5; i++) {
            credentials.authenticate(clerk.username(), "wrong");
        }
        String temporary = TestPasswords.fresh();
        As.user(tree.user("admin"), Role.SYSTEM_ADMIN).call(() -> accounts.resetPassword(clerk.id(), temporary));
        AuthenticationResult r = credentials.authenticate(clerk.username(), temporary);
        assertTrue(r.succeeded());
        assertTrue(r.mustChangePassword());
    }

    @Test
    void anUnknownUserAndADeactivatedAccountGetTheSameAnswerAsAWrongPassword() throws Exception {
        assertEquals(AuthenticationResult.Outcome.INVALID, credentials.authenticate("nobody_" + tree.suffix(), password).outcome());
        As.user(tree.user("admin"), Role.SYSTEM_ADMIN).call(() -> accounts.deactivateAccount(clerk.id()));
        assertEquals(AuthenticationResult.Outcome.INVALID, credentials.authenticate(clerk.username(), password).outcome());
    }

    @Test
    void changingOwnPasswordNeedsTheCurrentOneAndFollowsThePolicy() throws Exception {
        As me = As.user(clerk.username(), Role.INTAKE_CLERK);
        BusinessException wrong = assertThrows(BusinessException.class,
                () -> me.run(() -> credentials.changeOwnPassword("not-it", TestPasswords.fresh())));
        assertEquals("password.currentWrong", wrong.messageKey());
        BusinessException weak = assertThrows(BusinessException.class,
                () -> me.run(() -> credentials.changeOwnPassword(password, "short")));
        assertEquals("password.tooShort", weak.messageKey());
        String next = TestPasswords.fresh();
        me.run(() -> credentials.changeOwnPassword(password, next));
        assertTrue(credentials.authenticate(clerk.username(), next).succeeded());
        assertFalse(credentials.authenticate(clerk.username(), password).succeeded());
    }
}
