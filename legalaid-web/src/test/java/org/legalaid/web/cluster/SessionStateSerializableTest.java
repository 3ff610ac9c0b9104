package org.legalaid.web.cluster;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20: with {@code <distributable/>} the server copies every session — and the Faces views
 * kept in it, with their view-scoped beans — to the other node, so a user in the middle of a
 * dialog on node A continues on node B. Everything stored there must therefore be serializable,
 * all the way down. This test finds every view-, session- and conversation-scoped bean of the
 * web module by scanning its classes (so a new bean is checked from its first commit), and
 * <ul>
 *   <li>checks that the bean and the declared type of every field it keeps (not static, not
 *       transient), and the element types of its collections and maps, are serializable — the
 *       application's own types field by field in turn;</li>
 *   <li>accepts an injected field only when the container puts a serializable reference there: a
 *       normal-scoped CDI bean or an EJB (both injected as serializable proxies), {@code Event},
 *       {@code Instance}; anything else injected must itself be serializable;</li>
 *   <li>creates an instance where the bean has a no-argument constructor and writes and reads it
 *       with Java serialization, as the session replication would.</li>
 * </ul>
 * What the session holds besides beans (the signed-in identity) is checked the same way.
 */
@DisplayName("Issue 20: every view- and session-held bean survives serialization")
class SessionStateSerializableTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class);

    /** Types the container injects as serializable proxies or handles. */
    private static final List<Class<? extends Annotation>> PROXIED =
            List.of(RequestScoped.class, ApplicationScoped.class, SessionScoped.class, ConversationScoped.class,
                    Stateless.class, Singleton.class, Stateful.class);

    private static final List<Class<?>> SESSION_ATTRIBUTES = sessionAttributes();

    /**
     * PrimeFaces model interfaces that do not extend Serializable although every implementation
     * the pages create does ({@code DefaultTreeNode}, {@code DefaultScheduleModel}); the round
     * trip below serializes the instances.
     */
    private static final Set<Class<?>> LIBRARY_MODELS =
            Set.of(org.primefaces.model.TreeNode.class, org.primefaces.model.ScheduleModel.class);

    private static List<Class<?>> sessionAttributes() {
        try {
            // the signed-in user's identity (StaffAuthenticationMechanism.SESSION_IDENTITY)
            return List.of(Class.forName("org.legalaid.web.security.StaffAuthenticationMechanism$SessionIdentity"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static List<Class<?>> passivatingBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.legalaid.web")) {
            if (PASSIVATING_SCOPES.stream().anyMatch(c::isAnnotatedWith)) {
                beans.add(c.reflect());
            }
        }
        return beans;
    }

    @Test
    void theWebApplicationIsDistributable() throws Exception {
        String webXml = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertTrue(webXml.contains("<distributable/>"), "web.xml must declare <distributable/>");
    }

    @Test
    void theScanFindsTheViewScopedBeans() {
        List<Class<?>> beans = passivatingBeans();
        // the web module has dozens of view-scoped pages; a scan finding none would prove nothing
        assertTrue(beans.size() >= 40, "found only " + beans.size() + " view/session-scoped beans");
        assertTrue(beans.stream().anyMatch(b -> b.getSimpleName().equals("CaseBacking")
                        || b.getName().startsWith("org.legalaid.web.funding.")),
                "the scan should find the pages of the cases and funding contexts: " + beans);
    }

    @Test
    void everyViewAndSessionHeldBeanAndItsStateIsSerializable() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : passivatingBeans()) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
                continue;
            }
            checkFields(bean, bean.getSimpleName(), checked, problems);
        }
        for (Class<?> attribute : SESSION_ATTRIBUTES) {
            if (!Serializable.class.isAssignableFrom(attribute)) {
                problems.add(attribute.getName() + " (a session attribute) is not Serializable");
            }
            checkFields(attribute, attribute.getSimpleName(), checked, problems);
        }
        assertEquals(List.of(), problems, "state a node cannot hand to another");
    }

    @Test
    void everyBeanThatCanBeCreatedRoundTripsThroughJavaSerialization() throws Exception {
        int roundTrips = 0;
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : passivatingBeans()) {
            Optional<Object> instance = newInstance(bean);
            if (instance.isEmpty()) {
                continue;
            }
            try {
                Object copy = roundTrip(instance.get());
                assertEquals(bean, copy.getClass());
                roundTrips++;
            } catch (Exception e) {
                problems.add(bean.getName() + ": " + e);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(roundTrips >= 40, "only " + roundTrips + " beans could be created and serialized");
    }

    /** The check itself must fail on what it is meant to catch. */
    @Test
    void theCheckRefusesAFieldThatCannotBeSerialized() {
        List<String> problems = new ArrayList<>();
        checkFields(Broken.class, "Broken", new HashSet<>(), problems);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("lock"), problems.toString());
    }

    @SuppressWarnings("unused")
    static class Broken implements Serializable {
        private final Object lock = new Object();
        private List<Thread> threads;
        private Map<String, Optional<String>> byName;
        private transient Thread ignored;
        private List<String> names;
        @Inject
        private Event<String> event;
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
        if (!checked.add(type) || type.isEnum()) {
            return; // an enum constant is serialized by its name, whatever its fields
        }
        // the application's own classes field by field; a library superclass (PrimeFaces'
        // LazyDataModel) answers for its own fields
        for (Class<?> c = type; c != null && c.getName().startsWith("org.legalaid."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                    continue;
                }
                if (f.getName().startsWith("_persistence_")) {
                    continue; // EclipseLink's woven value holders: its ValueHolder classes are serializable
                }
                String where = path + "." + f.getName();
                if (f.isAnnotationPresent(Inject.class) && injectedAsSerializableReference(f.getType())) {
                    continue;
                }
                checkType(f.getGenericType(), where, checked, problems);
            }
        }
    }

    private static boolean injectedAsSerializableReference(Class<?> type) {
        return type == Event.class || type == Instance.class
                || PROXIED.stream().anyMatch(type::isAnnotationPresent);
    }

    private static void checkType(Type type, String where, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                // the implementations kept (ArrayList, HashMap, List.of, Map.copyOf …) are
                // serializable; what they hold decides
                for (Type arg : p.getActualTypeArguments()) {
                    checkType(arg, where + "<>", checked, problems);
                }
                return;
            }
            checkType(raw, where, checked, problems);
            for (Type arg : p.getActualTypeArguments()) {
                checkType(arg, where + "<>", checked, problems);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), where + "[]", checked, problems);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, where, checked, problems);
            }
        } else if (type instanceof TypeVariable<?>) {
            // bound at the use site, checked there
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(c.getComponentType(), where + "[]", checked, problems);
            } else if (c.isPrimitive()) {
                // nothing to check
            } else if (!Serializable.class.isAssignableFrom(c) && !LIBRARY_MODELS.contains(c)) {
                problems.add(where + " (" + c.getName() + ") is not Serializable");
            } else if (c.getName().startsWith("org.legalaid.")) {
                checkFields(c, c.getSimpleName(), checked, problems);
            }
        }
    }

    private static Optional<Object> newInstance(Class<?> bean) {
        try {
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            return Optional.of(constructor.newInstance());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty(); // needs the container (constructor injection, FacesContext)
        }
    }

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
