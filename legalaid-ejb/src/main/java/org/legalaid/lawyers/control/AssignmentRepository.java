package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.intake.SubjectType;
import org.legalaid.lawyers.Assignment;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerInterest;
import org.legalaid.lawyers.LawyerRefusal;

import java.util.List;
import java.util.Optional;

/**
 * Storage of assignments, refusals and declared interests, and the two conditional updates of a
 * lawyer's open cases — the only writers of {@code lawyer.open_cases}. Taking a case is one
 * statement that succeeds only for an active lawyer below the maximum, so two officers assigning
 * at the same moment can never push a lawyer over capacity: PostgreSQL locks the row for the first
 * and re-checks the condition for the second once the first commits.
 */
@ApplicationScoped
public class AssignmentRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /** One more open case for an active lawyer below the maximum; false when the condition fails. */
    public boolean takeCapacity(long lawyerId) {
        int n = em.createNativeQuery("update lawyer set open_cases = open_cases + 1"
                        + " where id = ? and status = 'ACTIVE' and open_cases < max_open_cases")
                .setParameter(1, lawyerId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Lawyer.class, lawyerId);
        return n == 1;
    }

    /** One open case fewer (a change of lawyer, a closed case); never below zero. */
    public void releaseCapacity(long lawyerId) {
        em.createNativeQuery("update lawyer set open_cases = open_cases - 1 where id = ? and open_cases > 0")
                .setParameter(1, lawyerId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Lawyer.class, lawyerId);
    }

    public Assignment add(Assignment a) {
        em.persist(a);
        em.flush();
        return a;
    }

    /** Writes pending changes now (an ended assignment before its successor, for the unique key). */
    public void flush() {
        em.flush();
    }

    public Optional<Assignment> find(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    public Optional<Assignment> lock(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Assignment> findCurrent(SubjectType type, long subjectId) {
        return em.createQuery("select a from Assignment a where a.subjectType = :type and a.currentSubjectId = :id",
                        Assignment.class)
                .setParameter("type", type).setParameter("id", subjectId).getResultStream().findFirst();
    }

    /** A case's assignments, oldest first. */
    public List<Assignment> findHistory(SubjectType type, long subjectId) {
        return em.createQuery("select a from Assignment a where a.subjectType = :type and a.subjectId = :id"
                        + " order by a.assignedAt, a.id", Assignment.class)
                .setParameter("type", type).setParameter("id", subjectId).getResultList();
    }

    /** A lawyer's assignments in the given units, newest first. */
    public List<Assignment> findOfLawyer(long lawyerId, List<Long> unitIds) {
        return em.createQuery("select a from Assignment a where a.lawyerId = :lawyer and a.unitId in :units"
                        + " order by a.assignedAt desc, a.id desc", Assignment.class)
                .setParameter("lawyer", lawyerId).setParameter("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .getResultList();
    }

    public Optional<Lawyer> findLawyer(long id) {
        return Optional.ofNullable(em.find(Lawyer.class, id));
    }

    public Optional<LawFirm> findFirm(long id) {
        return Optional.ofNullable(em.find(LawFirm.class, id));
    }

    public LawyerRefusal addRefusal(LawyerRefusal r) {
        em.persist(r);
        em.flush();
        return r;
    }

    public List<LawyerRefusal> findRefusalsOfLawyer(long lawyerId) {
        return em.createQuery("select r from LawyerRefusal r where r.lawyerId = :lawyer order by r.refusedOn desc, r.id desc",
                LawyerRefusal.class).setParameter("lawyer", lawyerId).getResultList();
    }

    public List<LawyerRefusal> findRefusalsOfCase(SubjectType type, long subjectId) {
        return em.createQuery("select r from LawyerRefusal r where r.subjectType = :type and r.subjectId = :id"
                        + " order by r.refusedOn, r.id", LawyerRefusal.class)
                .setParameter("type", type).setParameter("id", subjectId).getResultList();
    }

    public LawyerInterest addInterest(LawyerInterest i) {
        em.persist(i);
        em.flush();
        return i;
    }

    public Optional<LawyerInterest> findInterest(long id) {
        return Optional.ofNullable(em.find(LawyerInterest.class, id));
    }

    public void removeInterest(LawyerInterest i) {
        em.remove(i);
    }

    public List<LawyerInterest> findInterests(long lawyerId) {
        return em.createQuery("select i from LawyerInterest i where i.lawyerId = :lawyer order by i.recordedAt, i.id",
                LawyerInterest.class).setParameter("lawyer", lawyerId).getResultList();
    }
}
