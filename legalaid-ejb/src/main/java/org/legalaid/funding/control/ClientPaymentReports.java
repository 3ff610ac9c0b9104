package org.legalaid.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.complaints.ClientPaymentUpheld;
import org.legalaid.funding.ClientPaymentReport;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.control.CurrentTime;

/**
 * Takes note, inside the deciding transaction, of every complaint upheld because a lawyer took money
 * or property from the client (有偿办案, LAL art. 20): rule 10 ({@code ClientPaymentRule}) counts them
 * for the claims of the case at the next check — the claim, each approval step and the nightly run —
 * and raises its high flag, which stops the approval.
 */
@ApplicationScoped
public class ClientPaymentReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    void upheld(@Observes ClientPaymentUpheld e) {
        ClientPaymentReport r = new ClientPaymentReport(e.caseId(), e.lawyerId(), e.complaintNumber(), time.now());
        em.persist(r);
        em.flush();
        audit.fire(AuditEvent.of(AuditAction.CREATE, "ClientPaymentReport", r.getId(),
                "case " + e.caseId() + ", lawyer " + e.lawyerId() + ", complaint " + e.complaintNumber()));
    }

    /** Reports for the case that name the claim's lawyer or no lawyer at all. */
    public int count(long caseId, long lawyerId) {
        return em.createQuery("select count(r) from ClientPaymentReport r where r.caseId = :c"
                        + " and (r.lawyerId is null or r.lawyerId = :l)", Long.class)
                .setParameter("c", caseId).setParameter("l", lawyerId).getSingleResult().intValue();
    }
}
