package org.legalaid.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.legalaid.audit.AuditEntry;
import org.legalaid.audit.AuditHead;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.control.Actors;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Appends every {@link AuditEvent} to the hash chain, inside the transaction that fired it: the
 * change and its audit row commit together or not at all ({@code MANDATORY} refuses an event
 * fired outside a transaction rather than losing it).
 *
 * <p>The head row is locked for the rest of the transaction, so appends are serialised and the
 * chain has one order; {@link AppendAuditLast} appends a transaction's events when its outermost
 * EJB call returns, to keep that lock short.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Clock clock;

    @Inject
    private PendingAudit pending;

    /**
     * Takes an event: the actor is named now (who is calling), and the row is appended when the
     * outermost EJB call returns ({@link AppendAuditLast}), or at once outside an EJB call.
     */
    void append(@Observes AuditEvent event) {
        AuditEvent named = event;
        if (event.actor() == null) {
            Optional<Actors.Actor> actor = actors.current();
            named = AuditEvent.by(actor.map(Actors.Actor::username).orElse("anonymous"),
                    actor.map(Actors.Actor::unitId).orElse(null), event.action(), event.entityType(), event.entityId(),
                    event.summary());
        }
        if (pending.deferring()) {
            pending.add(named);
        } else {
            appendAll(List.of(named));
        }
    }

    /** Appends the events, in order, under one lock of the chain's head. */
    public void appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.flush(); // the transaction's own rows first: the head's lock then spans little more than the commit
        AuditHead head = em.find(AuditHead.class, AuditHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (AuditEvent event : events) {
            AuditEntry entry = new AuditEntry(head.lastSeq(), head.lastHash(), now, event.actor(), event.unitId(),
                    event.action(), event.entityType(), event.entityId(), event.summary());
            em.persist(entry);
            head.advanceTo(entry);
        }
    }
}
