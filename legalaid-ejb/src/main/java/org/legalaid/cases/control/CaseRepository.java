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
