package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.cases.LegalCase;
import org.legalaid.intake.SubjectType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of legal aid cases; every read by id takes the caller's units so that scope is never forgotten. */
@ApplicationScoped
public class CaseRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public LegalCase add(LegalCase c) {
        em.persist(c);
        em.flush();
        return c;
    }

    /** The case if it belongs to one of {@code units}. */
    public Optional<LegalCase> findInUnits(long id, Collection<Long> units) {
        LegalCase c = em.find(LegalCase.class, id);
        return c != null && units.contains(c.getUnitId()) ? Optional.of(c) : Optional.empty();
    }

    /** A case of the units by its case number 案号 (another context's picker), if there. */
    public Optional<LegalCase> findByNumberInUnits(String caseNumber, Collection<Long> units) {
        return em.createQuery("select c from LegalCase c where c.caseNumber = :n and c.unitId in :u", LegalCase.class)
                .setParameter("n", caseNumber).setParameter("u", units.isEmpty() ? java.util.List.of(-1L) : units)
                .getResultStream().findFirst();
    }

    /** Any case, whatever its unit (the quality context's check of an archived file and its evaluators cross units). */
    public Optional<LegalCase> find(long id) {
        return Optional.ofNullable(em.find(LegalCase.class, id));
    }

    /** The ids of archived cases, lowest first, at most {@code max} (the quality context's demonstration backfill). */
    public java.util.List<Long> findArchivedIds(int max) {
        return em.createQuery("select c.id from LegalCase c where c.status = :s order by c.id", Long.class)
                .setParameter("s", org.legalaid.cases.CaseStatus.ARCHIVED).setMaxResults(max).getResultList();
    }

    /** The status of any case (for the funding rules' nightly run), empty when there is no such case. */
    public Optional<org.legalaid.cases.CaseStatus> findStatus(long id) {
        return em.createQuery("select c.status from LegalCase c where c.id = :id", org.legalaid.cases.CaseStatus.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** What any case was opened for: the application or notice (the funding rules find its lawyers by it). */
    public record Subject(SubjectType type, long id) {
    }

    /** What any case was opened for, empty for a legacy case without one. */
    public Optional<Subject> findSubjectOf(long id) {
        return em.createQuery("select c.subjectType, c.subjectId from LegalCase c where c.id = :id and c.subjectId is not null",
                        Object[].class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(r -> new Subject((SubjectType) r[0], (Long) r[1]));
    }

    /** The case locked for a change (two officers acting on one case at once wait for each other). */
    public Optional<LegalCase> lockInUnits(long id, Collection<Long> units) {
        LegalCase c = em.find(LegalCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        return c != null && units.contains(c.getUnitId()) ? Optional.of(c) : Optional.empty();
    }

    /** The case opened for an application or a notice, if any. */
    public Optional<LegalCase> findBySubject(SubjectType type, long subjectId) {
        List<LegalCase> found = em.createQuery(
                        "select c from LegalCase c where c.subjectType = :t and c.subjectId = :id", LegalCase.class)
                .setParameter("t", type).setParameter("id", subjectId).getResultList();
        return found.stream().findFirst();
    }

    /** The case whose current lawyer works under {@code assignmentId}, if any. */
    public Optional<LegalCase> findByAssignment(long assignmentId) {
        List<LegalCase> found = em.createQuery(
                        "select c from LegalCase c where c.assignmentId = :a", LegalCase.class)
                .setParameter("a", assignmentId).getResultList();
        return found.stream().findFirst();
    }
}
