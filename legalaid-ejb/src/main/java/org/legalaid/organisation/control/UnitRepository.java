package org.legalaid.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.organisation.OrgUnit;

import java.util.List;
import java.util.Optional;

/** Storage of organisation units. Every "in scope" query takes the caller's unit path prefix. */
@ApplicationScoped
public class UnitRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public OrgUnit add(OrgUnit unit) {
        em.persist(unit);
        unit.establishPath();
        return unit;
    }

    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    /** The unit, if it lies within the subtree whose path starts with {@code scopePrefix}. */
    public Optional<OrgUnit> findInScope(long id, String scopePrefix) {
        return find(id).filter(u -> u.path().startsWith(scopePrefix));
    }

    public Optional<OrgUnit> findByCode(String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Units in the subtree, ordered so that each parent comes before its children. */
    public List<OrgUnit> findSubtree(String scopePrefix) {
        return em.createQuery("select u from OrgUnit u where u.path like :prefix order by u.path", OrgUnit.class)
                .setParameter("prefix", likePrefix(scopePrefix))
                .getResultList();
    }

    public List<Long> findSubtreeIds(String scopePrefix) {
        return em.createQuery("select u.id from OrgUnit u where u.path like :prefix", Long.class)
                .setParameter("prefix", likePrefix(scopePrefix))
                .getResultList();
    }

    /** Descendants of the unit with this path (the unit itself excluded). */
    public List<OrgUnit> findDescendants(String path) {
        return em.createQuery("select u from OrgUnit u where u.path like :prefix and u.path <> :path", OrgUnit.class)
                .setParameter("prefix", likePrefix(path))
                .setParameter("path", path)
                .getResultList();
    }

    public long countActiveChildren(OrgUnit unit) {
        return em.createQuery("select count(u) from OrgUnit u where u.parent = :unit and u.active = true", Long.class)
                .setParameter("unit", unit)
                .getSingleResult();
    }

    public boolean anyRootExists() {
        return em.createQuery("select count(u) from OrgUnit u where u.parent is null", Long.class)
                .getSingleResult() > 0;
    }

    /** A LIKE pattern matching the prefix literally; paths hold only digits and slashes. */
    static String likePrefix(String prefix) {
        if (!prefix.matches("[0-9/]+")) {
            throw new IllegalArgumentException("not a unit path: " + prefix);
        }
        return prefix + "%";
    }
}
