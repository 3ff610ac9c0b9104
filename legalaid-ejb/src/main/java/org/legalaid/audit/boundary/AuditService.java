package org.legalaid.audit.boundary;

import org.legalaid.shared.HashChain;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.legalaid.audit.AuditChain;
import org.legalaid.audit.AuditEntry;
import org.legalaid.audit.AuditHead;
import org.legalaid.audit.control.AuditRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.Roles;

import java.util.List;

/**
 * Reading and verifying the audit trail, for administrators. Verification walks the whole chain
 * and reports the first row that was edited or deleted; the verification itself is audited.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class AuditService {

    @Inject
    private AuditRepository repository;

    @Inject
    private Event<AuditEvent> audit;

    public List<AuditEntry> findEntries(String entityType, @Min(0) int first, @Min(1) @Max(500) int max) {
        return repository.findPage(blankToNull(entityType), first, max);
    }

    public long countEntries(String entityType) {
        return repository.count(blankToNull(entityType));
    }

    /**
     * The administrator's sign-in alerts: how many user names and client addresses reached the
     * sign-in throttle's threshold in the last 24 hours (issue 19 — the lockout became a slowdown,
     * and the administrator is told instead; each is an {@link AuditAction#LOCKED} row).
     */
    public long countSignInAlertsOfLastDay() {
        return repository.countSince(AuditAction.LOCKED, java.time.OffsetDateTime.now().minusDays(1));
    }

    /** Who did what to one record, and who viewed it, with the summaries (the administrator's view of a record's history). */
    public List<RecordChange> findChangesTo(@NotBlank String entityType, @NotBlank String entityId) {
        return repository.findFor(entityType, entityId).stream()
                .map(e -> new RecordChange(e.getActor(), e.getOccurredAt(), e.getAction(), e.getSummary())).toList();
    }

    /**
     * Who acted on or viewed one record, newest first, at most {@code max} — for the record's own
     * page (issue 5: a case shows "the audit of who viewed it"). Any staff member: the calling
     * context checks first that the caller may see the record; only the actor, time and kind of act
     * leave the audit context, not the summaries.
     */
    @RolesAllowed(Roles.STAFF)
    public List<RecordAccess> findAccessTo(@NotBlank String entityType, @NotBlank String entityId, @Min(1) @Max(500) int max) {
        return repository.findFor(entityType, entityId, max).stream()
                .map(e -> new RecordAccess(e.getActor(), e.getOccurredAt(), e.getAction())).toList();
    }

    /**
     * Recomputes the chain from the first row to the head as it stood when the verification began —
     * rows appended meanwhile (the system is in use) are the next verification's, not a broken tail
     * (issue 19) — and then checks that no row was written after the head beside the chain.
     */
    public HashChain.Verification verifyChain() {
        AuditHead head = repository.head();
        HashChain.Verification walked = AuditChain.verify(repository.inChainOrder(head.lastSeq()), head.lastSeq(), head.lastHash());
        long maxSeq = repository.maxSeq();
        HashChain.Verification result = HashChain.beyondHead(walked, maxSeq, repository.headSeqNow());
        audit.fire(AuditEvent.of(AuditAction.VERIFY, "AuditChain", null, result.intact()
                ? "intact, " + result.rowsChecked() + " rows"
                : "BROKEN at row " + result.firstBrokenSeq() + ": " + result.problem()));
        return result;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
