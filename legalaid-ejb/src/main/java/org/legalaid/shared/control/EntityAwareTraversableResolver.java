package org.legalaid.shared.control;

import jakarta.persistence.Entity;
import jakarta.persistence.Persistence;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;

/**
 * Which properties Bean Validation reads (META-INF/validation.xml). An entity's property is read
 * only when loaded, as Jakarta Persistence asks (validating must not load a lazy relation); every
 * other object — the forms and commands a boundary validates — is read throughout.
 *
 * <p>Hibernate Validator's default asks the persistence providers about every property of every
 * object whenever JPA is present: with WildFly's provider lookup that was 4 % of the server's time
 * in issue 3's intake benchmark, spent on forms that are no entity at all.
 */
public class EntityAwareTraversableResolver implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        if (traversableObject == null || !traversableObject.getClass().isAnnotationPresent(Entity.class)) {
            return true;
        }
        return Persistence.getPersistenceUtil().isLoaded(traversableObject, traversableProperty.getName());
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
