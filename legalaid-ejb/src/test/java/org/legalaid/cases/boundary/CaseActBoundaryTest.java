package org.legalaid.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.cases.CaseAct;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CaseAct} and the case boundaries agree: an act is never offered to a role its boundary
 * method would refuse, and every boundary method that changes a case is governed by an act (so a
 * new one cannot slip past the rule the page renders).
 */
@DisplayName("Case acts and the case boundaries: the same roles, every changing method governed")
class CaseActBoundaryTest {

    private static final List<Class<?>> BOUNDARIES = List.of(HandlingService.class, TerminationService.class,
            ClosingService.class);

    /** Reads: they change nothing, and the unit scope already limits them. */
    private static final Set<String> READS = Set.of("findMyCases", "findCasesWithoutSupervisor", "findProgress",
            "findEnquiries", "findOfCase", "getTermination", "isAwaitingLawyer", "findAwaitingApproval", "findSubmissions",
            "findDocuments", "getDocument", "writeContent", "findWorklist", "maxDocumentBytes",
            "countMyCases", "countCasesWithoutSupervisor", "countAwaitingApproval", "countWorklist");

    private static Class<?> boundary(CaseAct act) throws ClassNotFoundException {
        return Class.forName(CaseService.class.getPackageName() + "." + act.service());
    }

    private static Set<String> allowed(Method m) {
        RolesAllowed r = m.getAnnotation(RolesAllowed.class);
        if (r == null) {
            r = m.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return Set.of(r.value());
    }

    @Test
    void everyActsRolesAreAllowedByEachOfItsBoundaryMethods() throws Exception {
        for (CaseAct act : CaseAct.values()) {
            Class<?> type = boundary(act);
            for (String name : act.serviceMethods()) {
                List<Method> methods = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).toList();
                assertTrue(!methods.isEmpty(), "no " + act.service() + "." + name);
                for (Method m : methods) {
                    assertTrue(allowed(m).containsAll(act.roles()),
                            act + " offers " + act.roles() + " but " + act.service() + "." + name + " allows " + allowed(m));
                }
            }
        }
    }

    @Test
    void everyBoundaryMethodThatChangesACaseIsGovernedByAnAct() {
        Set<String> governed = Arrays.stream(CaseAct.values())
                .flatMap(a -> a.serviceMethods().stream().map(m -> a.service() + "." + m)).collect(Collectors.toSet());
        for (Class<?> type : BOUNDARIES) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || READS.contains(m.getName())) {
                    continue;
                }
                assertTrue(governed.contains(type.getSimpleName() + "." + m.getName()),
                        type.getSimpleName() + "." + m.getName() + " changes a case without a CaseAct (or add it to READS)");
            }
        }
    }

    @Test
    void theSupervisionActsAreNarrowerThanTheirMethodsOnlyBySupervision() {
        assertEquals(Set.of(org.legalaid.shared.Roles.CASE_SUPERVISOR), CaseAct.RECORD_SUPERVISION.roles());
        assertEquals(Set.of(org.legalaid.shared.Roles.CASE_SUPERVISOR), CaseAct.STRIKE_OUT_SUPERVISION.roles());
    }
}
