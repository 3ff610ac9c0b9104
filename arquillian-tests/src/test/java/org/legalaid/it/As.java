package org.legalaid.it;

import org.legalaid.shared.Role;
import org.legalaid.shared.Roles;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs a call inside the server as a given user with given roles, the way a signed-in staff member
 * would reach the EJBs (the identity store grants every staff member the {@code staff} role, and
 * so does this helper). For permission tests: {@code As.user("clerk", Role.INTAKE_CLERK).call(...)}.
 */
public final class As {

    private final String username;
    private final Set<String> roles;
    /** Taken where the helper is made, so that calls from pool threads find it too. */
    private final SecurityDomain domain = SecurityDomain.getCurrent();

    private As(String username, Set<String> roles) {
        this.username = username;
        this.roles = roles;
    }

    public static As user(String username, Role... roles) {
        Set<String> codes = new HashSet<>();
        codes.add(Roles.STAFF);
        Arrays.stream(roles).map(Role::code).forEach(codes::add);
        return new As(username, codes);
    }

    /**
     * A caller who is not staff, with only the given roles — such as a notifying organ's API
     * account, which the identity store does not grant {@code staff}.
     */
    public static As notStaff(String username, Role... roles) {
        return new As(username, Arrays.stream(roles).map(Role::code).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** A caller with no staff role at all (e.g. an authenticated API client of another kind). */
    public static As outsider(String username) {
        return new As(username, Set.of());
    }

    public <T> T call(Callable<T> work) throws Exception {
        SecurityIdentity identity = domain.createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(org.wildfly.security.authz.Roles.fromSet(roles)));
        try {
            return identity.runAs((java.security.PrivilegedExceptionAction<T>) work::call);
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        }
    }

    public void run(ThrowingRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
