package org.legalaid.complaints.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.complaints.ComplaintStep;
import org.legalaid.complaints.ComplaintStepKind;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;

import java.time.LocalDateTime;

/**
 * Writes a step into the complaint's file (一事一卷, MoJ order 149 art. 25) and the audit trail
 * together, inside the acting transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintFile {

    static final String COMPLAINT = "Complaint";

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private Event<AuditEvent> audit;

    /** A step by the signed-in caller ({@code actor}), audited as the caller's. */
    public void add(long complaintId, ComplaintStepKind kind, LocalDateTime at, String actor, String note) {
        complaints.addPart(new ComplaintStep(complaintId, kind, at, actor, note));
        audit.fire(AuditEvent.of(kind == ComplaintStepKind.RECEIVED ? AuditAction.CREATE : AuditAction.UPDATE, COMPLAINT,
                complaintId, kind + (note == null ? "" : ": " + note)));
    }

    /** A step without a signed-in caller (the public form, the nightly sweep), audited as {@code system}. */
    public void addBySystem(long complaintId, long unitId, ComplaintStepKind kind, LocalDateTime at, String note) {
        complaints.addPart(new ComplaintStep(complaintId, kind, at, null, note));
        audit.fire(AuditEvent.by("system", unitId, kind == ComplaintStepKind.RECEIVED ? AuditAction.CREATE : AuditAction.UPDATE,
                COMPLAINT, complaintId, kind + (note == null ? "" : ": " + note)));
    }
}
