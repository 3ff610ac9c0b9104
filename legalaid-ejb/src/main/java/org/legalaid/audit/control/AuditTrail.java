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
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditEvent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Appends every {@link AuditEvent} to the hash chain, inside the transaction that fired it: the
 * change and its audit row commit together or not at all ({@code MANDATORY} refuses an event
 * fired outside a transaction rather than losing it).
 *
 * <p>The head row is locked for the rest of the transaction, so appends are serialised and the
 * chain has one order. Boundaries fire their audit event as their last step to keep that short.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Clock clock;

    void append(@Observes AuditEvent event) {
        String actor = event.actor();
        Long unitId = event.unitId();
        if (actor == null) {
            Optional<CallerProfile> caller = organisation.findCaller();
            actor = caller.map(CallerProfile::getUsername).orElse("anonymous");
            unitId = caller.map(CallerProfile::getUnitId).orElse(null);
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry(head.lastSeq(), head.lastHash(), OffsetDateTime.now(clock), actor, unitId,
                event.action(), event.entityType(), event.entityId(), event.summary());
        em.persist(entry);
        head.advanceTo(entry);
    }
}
