package org.legalaid.funding.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.funding.ClaimAct;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The claim page offers an act to the roles of {@link ClaimAct}; the boundary method that carries it out
 * must admit exactly those roles, or the page would offer a button the server refuses for the role (or
 * hide one it would accept).
 */
@DisplayName("Claim acts: the roles the page offers them to are the roles their boundary methods admit")
class ClaimActRolesTest {

    private static final Map<ClaimAct, Method> METHODS = Map.of(
            ClaimAct.REVIEW, method(ClaimService.class, "review"),
            ClaimAct.APPROVE, method(ClaimService.class, "approve"),
            ClaimAct.SECOND_APPROVE, method(ClaimService.class, "approve"),
            ClaimAct.REJECT, method(ClaimService.class, "reject"),
            ClaimAct.PAY, method(PaymentService.class, "createBatch"));

    @Test
    void everyActIsCarriedOutByAMethodAdmittingExactlyItsRoles() {
        assertEquals(Set.of(ClaimAct.values()), METHODS.keySet(), "every act has its boundary method");
        METHODS.forEach((act, m) -> assertEquals(act.roles(), Set.of(m.getAnnotation(RolesAllowed.class).value()),
                act + " and " + m.getDeclaringClass().getSimpleName() + "." + m.getName()));
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + "." + name));
    }
}
