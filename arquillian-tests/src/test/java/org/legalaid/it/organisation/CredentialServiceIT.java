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
@DisplayName("Login: growing delays instead of a lockout, constant time, password changes")
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

    @Inject
    private org.legalaid.audit.boundary.AuditService audit;

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
    @DisplayName("five wrong passwords guessed at the same moment are all counted: the name is slowed down")
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
        // every failure counted under the account's row lock, and the name reached its threshold once
        assertEquals(5, fixtures.reload(clerk).failedAttempts());
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.action = org.legalaid.shared.AuditAction.LOCKED"
                + " and e.entityId = '" + clerk.id() + "'"));
    }

    @Test
    @DisplayName("five wrong passwords slow the account down, never close it: the right password passes after the delay (issue 19)")
    void fiveWrongPasswordsSlowTheAccountButTheRightOnePassesAfterTheDelay() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertEquals(AuthenticationResult.Outcome.INVALID, credentials.authenticate(clerk.username(), "wrong" + i).outcome());
        }
        AuthenticationResult slowed = credentials.authenticate(clerk.username(), password);
        // the delay after the fifth failure is one second: on a loaded machine it may have run out already
        if (slowed.outcome() == AuthenticationResult.Outcome.THROTTLED) {
            assertTrue(slowed.retryAfter().getSeconds() >= 1 && slowed.retryAfter().getSeconds() <= 60, slowed.toString());
            Thread.sleep(slowed.retryAfter().toMillis() + 100);
            slowed = credentials.authenticate(clerk.username(), password);
        }
        assertTrue(slowed.succeeded(), "the right password after the delay: " + slowed);
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.action = org.legalaid.shared.AuditAction.LOCKED"
                + " and e.entityId = '" + clerk.id() + "'"), "one alert for the administrator");
        assertEquals(0, fixtures.reload(clerk).failedAttempts(), "the success starts the count again");
    }

    @Test
    @DisplayName("the administrator's workbench counts the sign-in alerts of the day")
    void theAdministratorSeesTheAlerts() throws Exception {
        long before = As.user(tree.user("admin"), Role.SYSTEM_ADMIN).call(() -> audit.countSignInAlertsOfLastDay());
        for (int i = 1; i <= 5; i++) {
            credentials.authenticate(clerk.username(), "wrong" + i);
        }
        long after = As.user(tree.user("admin"), Role.SYSTEM_ADMIN).call(() -> audit.countSignInAlertsOfLastDay());
        assertTrue(after >= before + 1, before + " -> " + after);
    }

    @Test
    void anAdministratorsResetLiftsTheDelay() throws Exception {
        for (int i = 0; i < 6; i++) {
            credentials.authenticate(clerk.username(), "wrong");
        }
        String temporary = TestPasswords.fresh();
        As.user(tree.user("admin"), Role.SYSTEM_ADMIN).call(() -> accounts.resetPassword(clerk.id(), temporary));
        AuthenticationResult r = credentials.authenticate(clerk.username(), temporary);
        assertTrue(r.succeeded());
        assertTrue(r.mustChangePassword());
    }

    @Test
    @DisplayName("a slowed-down account answers no faster than an unknown name or a wrong password (median of 10, issue 19)")
    void aSlowedAccountAnswersAsSlowlyAsAnUnknownName() {
        StaffAccount other = fixtures.account(tree.user("other"), tree.districtA(), password, Role.INTAKE_CLERK);
        for (int i = 0; i < 6; i++) {
            credentials.authenticate("nobody_w" + i + tree.suffix(), "x"); // warm-up
        }
        long[] unknown = new long[10];
        long[] slowed = new long[10];
        long[] wrong = new long[10];
        for (int i = 0; i < 10; i++) {
            int n = i;
            unknown[i] = nanos(() -> credentials.authenticate("nobody_" + n + "_" + tree.suffix(), "wrong"));
            if (i % 4 == 0) {
                credentials.authenticate(other.username(), password); // the known name's count starts again
            }
            wrong[i] = nanos(() -> assertEquals(AuthenticationResult.Outcome.INVALID,
                    credentials.authenticate(other.username(), "wrong" + n).outcome()));
        }
        // the slowed name: attempts while its delay runs are refused unchecked; one that comes after the
        // delay is checked, fails and slows the name again for twice as long — only refused ones are counted
        int taken = 0;
        for (int attempts = 0; taken < 10 && attempts < 60; attempts++) {
            long t = System.nanoTime();
            AuthenticationResult r = credentials.authenticate(clerk.username(), "wrong");
            long took = System.nanoTime() - t;
            if (r.outcome() == AuthenticationResult.Outcome.THROTTLED) {
                slowed[taken++] = took;
            }
        }
        assertEquals(10, taken, "ten refused attempts of the slowed name");
        double u = median(unknown);
        double s = median(slowed);
        double w = median(wrong);
        String figures = "medians: unknown " + u / 1e6 + " ms, slowed " + s / 1e6 + " ms, wrong password " + w / 1e6 + " ms";
        assertTrue(s > u / 2.5 && s < u * 2.5, figures);
        assertTrue(w > u / 2.5 && w < u * 2.5, figures);
    }

    @Test
    @DisplayName("a user name with a NUL byte is refused unread, not a database error")
    void aNameWithANulByteIsRefusedUnread() {
        assertEquals(AuthenticationResult.Outcome.INVALID, credentials.authenticate("ad\u0000min", "x").outcome());
        assertEquals(AuthenticationResult.Outcome.INVALID, credentials.authenticate("\u202Eadmin", "x").outcome());
    }

    private static long nanos(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        java.util.Arrays.sort(v);
        return (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
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
