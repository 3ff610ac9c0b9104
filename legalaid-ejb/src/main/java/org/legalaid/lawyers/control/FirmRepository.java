package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.legalaid.lawyers.FirmFilter;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.shared.LikePatterns;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Storage of law firms; lists are limited to a set of unit ids (the pools the caller may see). */
@ApplicationScoped
public class FirmRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public LawFirm add(LawFirm firm) {
        em.persist(firm);
        return firm;
    }

    public Optional<LawFirm> find(long id) {
        return Optional.ofNullable(em.find(LawFirm.class, id));
    }

    public Optional<LawFirm> findInUnits(long id, List<Long> unitIds) {
        return find(id).filter(f -> unitIds.contains(f.getUnitId()));
    }

    /** The firm holding a credit code anywhere (the code is unique across pools). */
    public Optional<LawFirm> findByCreditCode(String creditCode) {
        return em.createQuery("select f from LawFirm f where f.creditCode = :c", LawFirm.class)
                .setParameter("c", creditCode).getResultStream().findFirst();
    }

    public List<LawFirm> findPage(List<Long> unitIds, FirmFilter filter, int first, int max) {
        TypedQuery<LawFirm> q = em.createQuery("select f from LawFirm f where " + where(filter) + " order by f.name, f.id",
                LawFirm.class);
        bind(q, unitIds, filter);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(List<Long> unitIds, FirmFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(f) from LawFirm f where " + where(filter), Long.class);
        bind(q, unitIds, filter);
        return q.getSingleResult();
    }

    public boolean anyFirm() {
        return !em.createQuery("select f.id from LawFirm f", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Names of the given firms, by id. */
    public Map<Long, String> findNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select f.id, f.name from LawFirm f where f.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    private static String where(FirmFilter f) {
        StringBuilder w = new StringBuilder("f.unitId in :units");
        if (f.text() != null) {
            w.append(" and (f.name like :text escape '\\' or f.creditCode = :exact)");
        }
        if (f.regionCode() != null) {
            w.append(" and f.regionCode = :region");
        }
        if (f.kind() != null) {
            w.append(" and f.kind = :kind");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, List<Long> unitIds, FirmFilter f) {
        q.setParameter("units", nonEmpty(unitIds));
        if (f.text() != null) {
            q.setParameter("text", LikePatterns.containing(f.text()));
            q.setParameter("exact", f.text().toUpperCase(Locale.ROOT));
        }
        if (f.regionCode() != null) {
            q.setParameter("region", f.regionCode());
        }
        if (f.kind() != null) {
            q.setParameter("kind", f.kind());
        }
    }

    static List<Long> nonEmpty(List<Long> unitIds) {
        return unitIds.isEmpty() ? List.of(-1L) : unitIds;
    }
}
