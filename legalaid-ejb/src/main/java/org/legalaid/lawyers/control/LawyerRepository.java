package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerFilter;
import org.legalaid.lawyers.LawyerKind;
import org.legalaid.shared.LikePatterns;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of lawyers. A lawyer belongs to the pool of the firm's unit, so lists are limited to the
 * lawyers of firms in a set of unit ids.
 */
@ApplicationScoped
public class LawyerRepository {

    private static final String IN_UNITS = "l.firmId in (select f.id from LawFirm f where f.unitId in :units)";

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public Lawyer add(Lawyer lawyer) {
        em.persist(lawyer);
        return lawyer;
    }

    /** The kind of each lawyer of {@code ids} that exists. */
    public Map<Long, LawyerKind> findKinds(Collection<Long> ids) {
        Map<Long, LawyerKind> kinds = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select l.id, l.kind from Lawyer l where l.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> kinds.put((Long) r[0], (LawyerKind) r[1]));
        }
        return kinds;
    }

    public Optional<Lawyer> find(long id) {
        return Optional.ofNullable(em.find(Lawyer.class, id));
    }

    /** The lawyer, when the firm is in one of the units. */
    public Optional<Lawyer> findInUnits(long id, List<Long> unitIds) {
        return find(id).filter(l -> Optional.ofNullable(em.find(LawFirm.class, l.getFirmId()))
                .map(f -> unitIds.contains(f.getUnitId())).orElse(false));
    }

    /** Whether another lawyer than {@code exceptId} holds the ID number. */
    public boolean idNumberTaken(String idNumber, Long exceptId) {
        return taken("l.idNumber = :v", idNumber, exceptId);
    }

    /** Whether another lawyer than {@code exceptId} holds the licence number. */
    public boolean licenceTaken(String licenceNumber, Long exceptId) {
        return taken("l.licenceNumber = :v", licenceNumber, exceptId);
    }

    private boolean taken(String condition, String value, Long exceptId) {
        return em.createQuery("select count(l) from Lawyer l where " + condition + " and l.id <> :id", Long.class)
                .setParameter("v", value)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    public List<Lawyer> findPage(List<Long> unitIds, LawyerFilter filter, int first, int max) {
        TypedQuery<Lawyer> q = em.createQuery("select l from Lawyer l where " + where(filter) + " order by l.name, l.id",
                Lawyer.class);
        bind(q, unitIds, filter);
        // the page's specialties, languages and districts in one query each, not three per lawyer
        q.setHint("eclipselink.batch.type", "IN");
        q.setHint("eclipselink.batch", "l.specialties");
        q.setHint("eclipselink.batch", "l.languages");
        q.setHint("eclipselink.batch", "l.regions");
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(List<Long> unitIds, LawyerFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(l) from Lawyer l where " + where(filter), Long.class);
        bind(q, unitIds, filter);
        return q.getSingleResult();
    }

    private static String where(LawyerFilter f) {
        StringBuilder w = new StringBuilder(IN_UNITS);
        if (f.text() != null) {
            w.append(" and (l.name like :text escape '\\' or l.licenceNumber = :exact)");
        }
        if (f.firmId() != null) {
            w.append(" and l.firmId = :firm");
        }
        if (f.status() != null) {
            w.append(" and l.status = :status");
        }
        if (f.specialty() != null) {
            w.append(" and l.id in (select s.id from Lawyer s join s.specialties sp where sp = :specialty)");
        }
        if (f.regionCode() != null) {
            w.append(" and l.id in (select r.id from Lawyer r join r.regions rg where rg = :region)");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, List<Long> unitIds, LawyerFilter f) {
        q.setParameter("units", FirmRepository.nonEmpty(unitIds));
        if (f.text() != null) {
            q.setParameter("text", LikePatterns.containing(f.text()));
            q.setParameter("exact", f.text().toUpperCase(Locale.ROOT));
        }
        if (f.firmId() != null) {
            q.setParameter("firm", f.firmId());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        if (f.specialty() != null) {
            q.setParameter("specialty", f.specialty());
        }
        if (f.regionCode() != null) {
            q.setParameter("region", f.regionCode());
        }
    }
}
