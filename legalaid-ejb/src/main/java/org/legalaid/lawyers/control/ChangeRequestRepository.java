package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.lawyers.AccountChangeRequest;
import org.legalaid.shared.RequestState;
import org.legalaid.lawyers.StatusChangeRequest;
import org.legalaid.lawyers.StatusHistoryEntry;

import java.util.List;
import java.util.Optional;

/** Storage of the four-eyes changes of the pool: status requests and history, account requests. */
@ApplicationScoped
public class ChangeRequestRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public StatusChangeRequest add(StatusChangeRequest r) {
        em.persist(r);
        return r;
    }

    public AccountChangeRequest add(AccountChangeRequest r) {
        em.persist(r);
        return r;
    }

    public StatusHistoryEntry add(StatusHistoryEntry e) {
        em.persist(e);
        return e;
    }

    public Optional<StatusChangeRequest> findStatusRequest(long id) {
        return Optional.ofNullable(em.find(StatusChangeRequest.class, id));
    }

    public Optional<AccountChangeRequest> findAccountRequest(long id) {
        return Optional.ofNullable(em.find(AccountChangeRequest.class, id));
    }

    /** A lawyer's status history, oldest first. */
    public List<StatusHistoryEntry> findHistory(long lawyerId) {
        return em.createQuery("select e from StatusHistoryEntry e where e.lawyerId = :l order by e.approvedAt, e.id",
                        StatusHistoryEntry.class)
                .setParameter("l", lawyerId).getResultList();
    }

    /** A lawyer's status requests, newest first. */
    public List<StatusChangeRequest> findStatusRequests(long lawyerId) {
        return em.createQuery("select r from StatusChangeRequest r where r.lawyerId = :l order by r.approval.requestedAt desc, r.id desc",
                        StatusChangeRequest.class)
                .setParameter("l", lawyerId).getResultList();
    }

    /** A firm's account requests, newest first. */
    public List<AccountChangeRequest> findAccountRequests(long firmId) {
        return em.createQuery("select r from AccountChangeRequest r where r.firmId = :f order by r.approval.requestedAt desc, r.id desc",
                        AccountChangeRequest.class)
                .setParameter("f", firmId).getResultList();
    }

    /** Pending status requests for lawyers of firms in the units, oldest first. */
    public List<StatusChangeRequest> findPendingStatusRequests(List<Long> unitIds) {
        return em.createQuery("select r from StatusChangeRequest r where r.approval.state = :pending and r.lawyerId in "
                        + "(select l.id from Lawyer l where l.firmId in (select f.id from LawFirm f where f.unitId in :units)) "
                        + "order by r.approval.requestedAt, r.id", StatusChangeRequest.class)
                .setParameter("pending", RequestState.PENDING)
                .setParameter("units", FirmRepository.nonEmpty(unitIds)).getResultList();
    }

    /** Pending account requests for firms in the units, oldest first. */
    public List<AccountChangeRequest> findPendingAccountRequests(List<Long> unitIds) {
        return em.createQuery("select r from AccountChangeRequest r where r.approval.state = :pending and r.firmId in "
                        + "(select f.id from LawFirm f where f.unitId in :units) order by r.approval.requestedAt, r.id",
                        AccountChangeRequest.class)
                .setParameter("pending", RequestState.PENDING)
                .setParameter("units", FirmRepository.nonEmpty(unitIds)).getResultList();
    }

    public boolean hasPendingStatusRequest(long lawyerId) {
        return em.createQuery("select count(r) from StatusChangeRequest r where r.lawyerId = :l and r.approval.state = :pending", Long.class)
                .setParameter("l", lawyerId).setParameter("pending", RequestState.PENDING).getSingleResult() > 0;
    }

    public boolean hasPendingAccountRequest(long firmId) {
        return em.createQuery("select count(r) from AccountChangeRequest r where r.firmId = :f and r.approval.state = :pending", Long.class)
                .setParameter("f", firmId).setParameter("pending", RequestState.PENDING).getSingleResult() > 0;
    }
}
