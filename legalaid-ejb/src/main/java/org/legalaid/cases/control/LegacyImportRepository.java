package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.cases.DataQualityFlag;
import org.legalaid.cases.LegacyImport;
import org.legalaid.cases.LegalCase;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Storage of legacy imports, their cases and the data-quality flags. */
@ApplicationScoped
public class LegacyImportRepository {

    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /** Whether any legacy import was made. */
    public boolean anyImport() {
        return !em.createQuery("select i.id from LegacyImport i", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Which of these case numbers are taken already. */
    public Set<String> findTakenNumbers(Collection<String> numbers) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(numbers);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            taken.addAll(em.createQuery("select c.caseNumber from LegalCase c where c.caseNumber in :n", String.class)
                    .setParameter("n", all.subList(i, Math.min(all.size(), i + IN_CHUNK))).getResultList());
        }
        return taken;
    }

    public LegacyImport add(LegacyImport i) {
        em.persist(i);
        em.flush();
        return i;
    }

    public void addCase(LegalCase c) {
        em.persist(c);
    }

    public void addFlag(DataQualityFlag f) {
        em.persist(f);
    }

    /** Writes pending rows now. */
    public void flush() {
        em.flush();
    }

    /** Writes pending rows and empties the persistence context (a large file in slices). */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    /** The flags of cases in {@code units}, newest first. */
    public List<DataQualityFlag> findFlags(Collection<Long> units, Long importId, int first, int max) {
        var q = em.createQuery("select f from DataQualityFlag f where f.unitId in :u"
                        + (importId == null ? "" : " and f.importId = :i") + " order by f.foundAt desc, f.id", DataQualityFlag.class)
                .setParameter("u", units);
        if (importId != null) {
            q.setParameter("i", importId);
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countFlags(Collection<Long> units, Long importId) {
        var q = em.createQuery("select count(f) from DataQualityFlag f where f.unitId in :u"
                + (importId == null ? "" : " and f.importId = :i"), Long.class).setParameter("u", units);
        if (importId != null) {
            q.setParameter("i", importId);
        }
        return q.getSingleResult();
    }

    /** The case numbers and clients of some cases, by id (for the flag list). */
    public List<Object[]> findCaseLabels(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c.id, c.caseNumber, c.clientName from LegalCase c where c.id in :ids", Object[].class)
                .setParameter("ids", caseIds).getResultList();
    }

    /** The imports into {@code units}, newest first. */
    public List<LegacyImport> findImports(Collection<Long> units, int max) {
        return em.createQuery("select i from LegacyImport i where i.unitId in :u order by i.importedAt desc", LegacyImport.class)
                .setParameter("u", units).setMaxResults(max).getResultList();
    }
}
