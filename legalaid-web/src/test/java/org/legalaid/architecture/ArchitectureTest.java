package org.legalaid.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules of STYLE.md, enforced on the compiled classes of all three main modules:
 * bounded contexts talk to each other only through boundaries or events, the web layer never
 * touches a repository, and every EJB method says who may call it.
 */
@AnalyzeClasses(packages = "org.legalaid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final List<String> CONTEXTS = List.of(
            "organisation", "intake", "cases", "lawyers", "funding", "complaints", "quality", "reporting", "audit");

    @ArchTest
    static final ArchRule webNeverTouchesControls = noClasses()
            .that().resideInAPackage("org.legalaid.web..")
            .should().dependOnClassesThat().resideInAPackage("..control..")
            .because("pages and REST resources call boundaries only (STYLE.md)");

    @ArchTest
    static final ArchRule controlsAreUsedOnlyInsideTheirContext = classes()
            .that().resideInAPackage("org.legalaid.(*).control..")
            .should(beUsedOnlyFromTheirOwnContext())
            .because("a context talks to another through its boundary or a CDI event, never its repositories");

    @ArchTest
    static final ArchRule entitiesStayInTheirContext = classes()
            .that().areAnnotatedWith(Entity.class)
            .should(beUsedOnlyFromTheirOwnContextOrTheWebLayer())
            .because("a context refers to another context's records by id");

    @ArchTest
    static final ArchRule sharedKernelKnowsNoContext = noClasses()
            .that().resideInAPackage("org.legalaid.shared..")
            .should().dependOnClassesThat(resideInAnyContext())
            .because("the shared kernel (with its boundaries, controls and the PDF renderer) is below every context");

    @ArchTest
    static final ArchRule everyEjbMethodSaysWhoMayCallIt = classes()
            .that().areAnnotatedWith(Stateless.class).or().areAnnotatedWith(Singleton.class)
            .should(haveASecurityAnnotationOnEveryPublicMethod())
            .because("every EJB method carries @RolesAllowed or @PermitAll (foundation issue)");

    private static String contextOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 && CONTEXTS.contains(parts[2]) ? parts[2] : null;
    }

    private static DescribedPredicate<JavaClass> resideInAnyContext() {
        return DescribedPredicate.describe("reside in a bounded context", c -> contextOf(c) != null);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnContext() {
        return usedOnlyFrom(false);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnContextOrTheWebLayer() {
        return usedOnlyFrom(true);
    }

    private static ArchCondition<JavaClass> usedOnlyFrom(boolean webAllowed) {
        return new ArchCondition<>("be used only from their own context" + (webAllowed ? " or the web layer" : "")) {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String own = contextOf(target);
                target.getDirectDependenciesToSelf().forEach(d -> {
                    JavaClass origin = d.getOriginClass();
                    boolean web = origin.getPackageName().startsWith("org.legalaid.web");
                    String from = contextOf(origin);
                    if (own != null && !own.equals(from) && !(webAllowed && web)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> haveASecurityAnnotationOnEveryPublicMethod() {
        return new ArchCondition<>("have @RolesAllowed or @PermitAll on every public method or the class") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                boolean classLevel = bean.isAnnotatedWith(RolesAllowed.class) || bean.isAnnotatedWith(PermitAll.class);
                for (JavaMethod m : bean.getMethods()) {
                    if (!m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.STATIC)) {
                        continue;
                    }
                    boolean methodLevel = m.isAnnotatedWith(RolesAllowed.class) || m.isAnnotatedWith(PermitAll.class);
                    if (!classLevel && !methodLevel) {
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " has no @RolesAllowed or @PermitAll"));
                    }
                }
            }
        };
    }
}
