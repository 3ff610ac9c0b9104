package org.legalaid.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
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
import org.legalaid.shared.SharedKernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The house rules of STYLE.md, enforced on the compiled classes of all three main modules:
 * bounded contexts talk to each other only through boundaries or events and refer to each other's
 * records by id, they do not depend on each other in a circle, each one's SQL names only its own
 * tables, the shared kernel is a layer below all of them with a small public part, the web layer
 * never touches a repository, and every EJB method says who may call it.
 *
 * <p>The bounded contexts are the packages {@code org.legalaid.<context>} that exist (see
 * {@link Contexts}), so a new context is under these rules from its first class. A context's web
 * package ({@code org.legalaid.web.<context>}, {@code org.legalaid.web.api.<context>}) belongs to
 * the context.
 */
@AnalyzeClasses(packages = "org.legalaid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The bounded contexts, read from the packages that exist. */
    static final Set<String> CONTEXTS = Contexts.ALL;

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
            .should(beUsedOnlyFromTheirOwnContext())
            .because("a context refers to another context's records by id, and its pages show another"
                    + " context's data through that context's boundary records, never its entities");

    @ArchTest
    static final ArchRule sharedKernelKnowsNoContext = noClasses()
            .that().resideInAPackage("org.legalaid.shared..")
            .should().dependOnClassesThat(resideInAnyContext())
            .orShould().dependOnClassesThat().resideInAPackage("org.legalaid.web..")
            .because("the shared kernel (with its boundaries, controls and the PDF renderer) is below every context");

    @ArchTest
    static final ArchRule sharedControlIsTheKernelsOwnUnlessPublished = classes()
            .that().resideInAPackage("org.legalaid.shared.control..")
            .and(DescribedPredicate.not(arePublishedByTheKernel()))
            .should().onlyHaveDependentClassesThat().resideInAPackage("org.legalaid.shared..")
            .because("of the kernel's controls only those marked @SharedKernel (who acts, the time now) are"
                    + " public; the migrator, the validation set-up and the clock producer are its own");

    @ArchTest
    static final ArchRule contextsKnowNoWebLayer = noClasses()
            .that(resideInAnyContext()).and().resideOutsideOfPackage("org.legalaid.web..")
            .should().dependOnClassesThat().resideInAPackage("org.legalaid.web..")
            .because("the web layer sits above the contexts");

    @ArchTest
    static final ArchRule contextsAreFreeOfCycles = slices()
            .matching("org.legalaid.(*)..")
            .namingSlices("$1")
            .should().beFreeOfCycles()
            .because("a context that depends on another must not be depended on by it, directly or around a circle");

    @ArchTest
    static final ArchRule sqlNamesOnlyTheContextsOwnTables = classes()
            .that(resideInAnyContext().or(resideInTheSharedKernel()))
            .should(nameOnlyTheirOwnTablesInSql())
            .because("a context's SQL names only its own tables; a read across contexts for speed goes through"
                    + " a view the reading context owns and declares (STYLE.md, db/tables/<context>.txt)");

    @ArchTest
    static final ArchRule everyEjbMethodSaysWhoMayCallIt = classes()
            .that().areAnnotatedWith(Stateless.class).or().areAnnotatedWith(Singleton.class)
            .should(haveASecurityAnnotationOnEveryPublicMethod())
            .because("every EJB method carries @RolesAllowed or @PermitAll (foundation issue)");

    /**
     * Every table and view the migrations create belongs to exactly one context's list, and every
     * listed name is created: a new table cannot escape the SQL rule by being on no list, and a view
     * is declared as the read model it is.
     */
    @ArchTest
    static void everyTableBelongsToExactlyOneContext(JavaClasses ignored) {
        Map<String, Tables.Relation> created = Tables.createdByMigrations();
        Map<String, List<String>> owners = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Tables.OWNED.forEach((context, tables) -> tables.forEach(t -> {
            owners.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(context);
            Tables.Relation kind = created.get(t.name());
            if (kind == null) {
                problems.add(t.name() + " is listed in db/tables/" + context + ".txt but no migration creates it");
            } else if ((kind == Tables.Relation.VIEW) != (t.viewOver() != null)) {
                problems.add(t.name() + " is a " + kind.name().toLowerCase() + " in the migrations, but db/tables/"
                        + context + ".txt declares it " + (t.viewOver() == null ? "a table" : "a view over " + t.viewOver()));
            }
        }));
        created.keySet().stream().filter(t -> !owners.containsKey(t))
                .forEach(t -> problems.add(t + " is created by a migration but listed in no db/tables/<context>.txt"));
        owners.forEach((t, cs) -> {
            if (cs.size() > 1) {
                problems.add(t + " is listed by more than one context: " + cs);
            }
        });
        Tables.OWNED.keySet().stream().filter(c -> !CONTEXTS.contains(c))
                .forEach(c -> problems.add("db/tables/" + c + ".txt names no context that exists"));
        assertEquals(List.of(), problems);
    }

    /**
     * The context a class belongs to: {@code org.legalaid.<context>..} in the domain and EJB modules,
     * {@code org.legalaid.web.<context>..} and {@code org.legalaid.web.api.<context>..} in the web
     * module; {@code null} for the shared kernel and the web layer's own shell (templates' beans,
     * security, i18n).
     */
    static String contextOf(JavaClass c) {
        return Contexts.of(c.getPackageName());
    }

    private static DescribedPredicate<JavaClass> resideInAnyContext() {
        return DescribedPredicate.describe("reside in a bounded context " + CONTEXTS, c -> contextOf(c) != null);
    }

    /** Marked {@link SharedKernel}, or nested in a type that is (the {@code Actor} of {@code Actors}). */
    private static DescribedPredicate<JavaClass> arePublishedByTheKernel() {
        return DescribedPredicate.describe("are published by the kernel (@SharedKernel)", c -> {
            for (JavaClass t = c; t != null; t = t.getEnclosingClass().orElse(null)) {
                if (t.isAnnotatedWith(SharedKernel.class)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static DescribedPredicate<JavaClass> resideInTheSharedKernel() {
        return DescribedPredicate.describe("reside in the shared kernel",
                c -> c.getPackageName().equals("org.legalaid.shared") || c.getPackageName().startsWith("org.legalaid.shared."));
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnContext() {
        return new ArchCondition<>("be used only from their own context") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String own = contextOf(target);
                target.getDirectDependenciesToSelf().forEach(d -> {
                    String from = contextOf(d.getOriginClass());
                    if (own != null && !own.equals(from)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> nameOnlyTheirOwnTablesInSql() {
        return new ArchCondition<>("name in SQL and JPQL only the tables and entities of their own context") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String own = contextOf(c);
                for (String text : SqlStrings.of(c)) {
                    for (String name : SqlStrings.namesIn(text)) {
                        String owner = Tables.ownerOf(name);
                        if (owner == null) {
                            owner = Entities.ownerOf(name);
                        }
                        if (owner != null && !owner.equals(own)) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " names " + name + " of the "
                                    + owner + " context in \"" + SqlStrings.shorten(text) + "\""));
                        }
                    }
                }
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

    /** The bounded contexts: every {@code org.legalaid.<name>} package of the main code but the kernel and web. */
    static final class Contexts {

        /** Packages under {@code org.legalaid} that are layers, not contexts. */
        private static final Set<String> LAYERS = Set.of("shared", "web");

        static final JavaClasses MAIN = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.legalaid");

        static final Set<String> ALL = derive();

        private static Set<String> derive() {
            Set<String> found = new TreeSet<>();
            for (JavaClass c : MAIN) {
                String[] parts = c.getPackageName().split("\\.");
                if (parts.length > 2 && parts[0].equals("org") && parts[1].equals("legalaid") && !LAYERS.contains(parts[2])) {
                    found.add(parts[2]);
                }
            }
            return Set.copyOf(found);
        }

        static String of(String packageName) {
            String[] parts = packageName.split("\\.");
            if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("legalaid")) {
                return null;
            }
            String candidate = parts[2];
            if (candidate.equals("web") && parts.length > 3) {
                candidate = parts[3].equals("api") && parts.length > 4 ? parts[4] : parts[3];
            }
            return ALL.contains(candidate) ? candidate : null;
        }

        private Contexts() {
        }
    }

    /** Each entity's simple name (its JPQL name) and its context. */
    static final class Entities {

        private static final Map<String, String> OWNERS = derive();

        private static Map<String, String> derive() {
            Map<String, String> owners = new TreeMap<>();
            for (JavaClass c : Contexts.MAIN) {
                if (c.isAnnotatedWith(Entity.class) && contextOf(c) != null) {
                    owners.put(c.getSimpleName(), contextOf(c));
                }
            }
            return owners;
        }

        static String ownerOf(String name) {
            return OWNERS.get(name);
        }

        private Entities() {
        }
    }
}
