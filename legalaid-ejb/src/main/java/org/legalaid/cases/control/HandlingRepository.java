package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.cases.CaseEnquiry;
import org.legalaid.cases.CaseProgress;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.LegalCase;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of a case's handling: progress entries, enquiries, and the cases as their supervisors
 * see them. Reads by id take the caller's units so that scope is never forgotten.
 */
@ApplicationScoped
public class HandlingRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public CaseProgress add(CaseProgress p) {
        em.persist(p);
        em.flush();
        return p;
    }

    public CaseEnquiry add(CaseEnquiry e) {
        em.persist(e);
        em.flush();
        return e;
    }

    /** A case's entries, by the day of the activity, then as recorded. */
    public List<CaseProgress> findProgress(long caseId) {
        return em.createQuery("select p from CaseProgress p where p.caseId = :c order by p.occurredOn, p.recordedAt, p.id",
                        CaseProgress.class)
                .setParameter("c", caseId).getResultList();
    }

    public Optional<CaseProgress> findProgressInUnits(long id, Collection<Long> units) {
        CaseProgress p = em.find(CaseProgress.class, id);
        return p != null && units.contains(p.getUnitId()) ? Optional.of(p) : Optional.empty();
    }

    /** A case's enquiries, newest first. */
    public List<CaseEnquiry> findEnquiries(long caseId) {
        return em.createQuery("select e from CaseEnquiry e where e.caseId = :c order by e.askedAt desc, e.id desc",
                        CaseEnquiry.class)
                .setParameter("c", caseId).getResultList();
    }

    public Optional<CaseEnquiry> findEnquiryInUnits(long id, Collection<Long> units) {
        CaseEnquiry e = em.find(CaseEnquiry.class, id);
        return e != null && units.contains(e.getUnitId()) ? Optional.of(e) : Optional.empty();
    }

    /** How many open (not archived) cases each of these supervisors has; zero when none. */
    public Map<String, Long> countOpenBySupervisor(Collection<String> usernames) {
        Map<String, Long> out = new HashMap<>();
        usernames.forEach(u -> out.put(u, 0L));
        if (usernames.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select c.supervisor, count(c) from LegalCase c where c.supervisor in :u"
                        + " and c.status <> :archived group by c.supervisor", Object[].class)
                .setParameter("u", usernames).setParameter("archived", CaseStatus.ARCHIVED).getResultList();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    /** The open cases a supervisor follows in these units, the longest without a handling entry first. */
    public List<LegalCase> findOpenBySupervisor(String username, Collection<Long> units) {
        return em.createQuery("select c from LegalCase c where c.supervisor = :u and c.status <> :archived"
                        + " and c.unitId in :units order by coalesce(c.lastHandlingOn, c.assignedOn), c.id", LegalCase.class)
                .setParameter("u", username).setParameter("archived", CaseStatus.ARCHIVED)
                .setParameter("units", units).setMaxResults(500).getResultList();
    }

    /**
     * How many open cases a supervisor follows in these units, and how many of them have had no
     * handling entry since {@code quietBefore} (see {@link LegalCase#isQuietOn}), in one query.
     */
    public long[] countOpenBySupervisor(String username, Collection<Long> units, java.time.LocalDate quietOnOrBefore) {
        Object[] r = em.createQuery("select count(c), sum(case when coalesce(c.lastHandlingOn, c.assignedOn) <= :q"
                        + " then cast(1 as integer) else cast(0 as integer) end)"
                        + " from LegalCase c where c.supervisor = :u and c.status <> :archived and c.unitId in :units", Object[].class)
                .setParameter("u", username).setParameter("archived", CaseStatus.ARCHIVED)
                .setParameter("units", units).setParameter("q", quietOnOrBefore)
                .setHint("eclipselink.jdbc.bind-parameters", "true")
                .getSingleResult();
        return new long[]{((Number) r[0]).longValue(), r[1] == null ? 0 : ((Number) r[1]).longValue()};
    }

    public long countOpenWithoutSupervisor(Collection<Long> units) {
        return em.createQuery("select count(c) from LegalCase c where c.supervisor is null and c.status <> :archived"
                        + " and c.unitId in :units", Long.class)
                .setParameter("archived", CaseStatus.ARCHIVED).setParameter("units", units).getSingleResult();
    }

    /** The open cases of these units that have no supervisor, oldest assignment first. */
    public List<LegalCase> findOpenWithoutSupervisor(Collection<Long> units) {
        return em.createQuery("select c from LegalCase c where c.supervisor is null and c.status <> :archived"
                        + " and c.unitId in :units order by c.assignedOn, c.id", LegalCase.class)
                .setParameter("archived", CaseStatus.ARCHIVED)
                .setParameter("units", units).setMaxResults(500).getResultList();
    }
}
