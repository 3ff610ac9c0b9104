package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.cases.CaseTermination;
import org.legalaid.cases.TerminationState;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of terminations of aid; every read by id takes the caller's units so that scope is never forgotten. */
@ApplicationScoped
public class TerminationRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public CaseTermination add(CaseTermination t) {
        em.persist(t);
        em.flush();
        return t;
    }

    /** The termination if it belongs to one of {@code units}. */
    public Optional<CaseTermination> findInUnits(long id, Collection<Long> units) {
        CaseTermination t = em.find(CaseTermination.class, id);
        return t != null && units.contains(t.getUnitId()) ? Optional.of(t) : Optional.empty();
    }

    /** The termination locked for a change, if it belongs to one of {@code units}. */
    public Optional<CaseTermination> lockInUnits(long id, Collection<Long> units) {
        return findInUnits(id, units).map(t -> {
            em.lock(t, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(t);
            return t;
        });
    }

    /** Every termination of a case, oldest first. */
    public List<CaseTermination> findOfCase(long caseId) {
        return em.createQuery("select t from CaseTermination t where t.caseId = :c order by t.proposedAt, t.id",
                CaseTermination.class).setParameter("c", caseId).getResultList();
    }

    /** The proposals of {@code units} waiting for the director, oldest first. */
    public long countProposed(Collection<Long> units) {
        return em.createQuery("select count(t) from CaseTermination t where t.unitId in :u and t.state = :s", Long.class)
                .setParameter("u", units).setParameter("s", TerminationState.PROPOSED).getSingleResult();
    }

    public List<CaseTermination> findProposed(Collection<Long> units) {
        return em.createQuery("select t from CaseTermination t where t.unitId in :u and t.state = :s"
                        + " order by t.proposedAt, t.id", CaseTermination.class)
                .setParameter("u", units).setParameter("s", TerminationState.PROPOSED).getResultList();
    }
}
