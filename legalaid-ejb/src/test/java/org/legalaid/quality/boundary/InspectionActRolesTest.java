package org.legalaid.quality.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.quality.InspectionAct;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The inspection page offers an act to the roles of {@link InspectionAct}; the boundary method that carries it
 * out must admit exactly those roles, or the page would offer a button the server refuses (or hide one it accepts).
 */
@DisplayName("Inspection acts: the roles the page offers them to are the roles their boundary methods admit")
class InspectionActRolesTest {

    private static final Map<InspectionAct, Method> METHODS = Map.of(
            InspectionAct.ADVANCE, method("advance"),
            InspectionAct.SELF_REPORT, method("fileSelfReport"),
            InspectionAct.SCORE, method("score"),
            InspectionAct.RECTIFY, method("requireRectification"),
            InspectionAct.COMMEND, method("commendCentre"));

    @Test
    void everyActIsCarriedOutByAMethodAdmittingExactlyItsRoles() {
        assertEquals(Set.of(InspectionAct.values()), METHODS.keySet(), "every act has its boundary method");
        METHODS.forEach((act, m) -> assertEquals(act.roles(), Set.of(m.getAnnotation(RolesAllowed.class).value()),
                act + " and InspectionService." + m.getName()));
        assertEquals(InspectionAct.RECTIFY.roles(), Set.of(method("recordRectification").getAnnotation(RolesAllowed.class).value()));
        assertEquals(InspectionAct.COMMEND.roles(), Set.of(method("commendPerson").getAnnotation(RolesAllowed.class).value()));
    }

    private static Method method(String name) {
        return Arrays.stream(InspectionService.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no InspectionService." + name));
    }
}
