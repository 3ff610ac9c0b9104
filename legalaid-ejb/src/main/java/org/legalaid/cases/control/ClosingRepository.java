package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.cases.CaseDocument;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.LegalCase;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of closing submissions and case-file documents (the bytes are the {@link DocumentStore}'s). */
@ApplicationScoped
public class ClosingRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public ClosingSubmission add(ClosingSubmission s) {
        em.persist(s);
        em.flush();
        return s;
    }

    public CaseDocument add(CaseDocument d) {
        em.persist(d);
        em.flush();
        return d;
    }

    /** The hand-ins of a case, first round first. */
    public List<ClosingSubmission> findSubmissions(long caseId) {
        return em.createQuery("select s from ClosingSubmission s where s.caseId = :c order by s.round", ClosingSubmission.class)
                .setParameter("c", caseId).getResultList();
    }

    /** The latest hand-in of a case, if any. */
    public Optional<ClosingSubmission> findLatest(long caseId) {
        return em.createQuery("select s from ClosingSubmission s where s.caseId = :c order by s.round desc",
                        ClosingSubmission.class)
                .setParameter("c", caseId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The documents of a case, by item and upload. */
    public List<CaseDocument> findDocuments(long caseId) {
        return em.createQuery("select d from CaseDocument d where d.caseId = :c order by d.item, d.uploadedAt",
                CaseDocument.class).setParameter("c", caseId).getResultList();
    }

    public Optional<CaseDocument> findDocument(long id) {
        return Optional.ofNullable(em.find(CaseDocument.class, id));
    }

    /** Cases of {@code units} in {@code statuses} (the closing worklist), at most {@code max}. */
    public long countInStatus(Collection<Long> units, Collection<CaseStatus> statuses) {
        return em.createQuery("select count(c) from LegalCase c where c.unitId in :u and c.status in :s", Long.class)
                .setParameter("u", units).setParameter("s", statuses).getSingleResult();
    }

    public List<LegalCase> findInStatus(Collection<Long> units, Collection<CaseStatus> statuses, int max) {
        return em.createQuery("select c from LegalCase c where c.unitId in :u and c.status in :s"
                        + " order by c.submittedOn, c.id", LegalCase.class)
                .setParameter("u", units).setParameter("s", statuses).setMaxResults(max).getResultList();
    }
}
