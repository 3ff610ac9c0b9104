package org.legalaid.lawyers;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.RequestState;
import org.legalaid.shared.SecondPersonApproval;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An assignment officer's request to move a lawyer to another status (准入 → active → suspended →
 * exited), waiting for a second person — the centre's director (approver) or the bureau's
 * supervisor — to approve or reject it. Approval builds the validated {@link StatusChange} from it
 * (issue 4: each transition with date, reason and approver); the database refuses a decision by the
 * requester too.
 */
@Entity
@Table(name = "lawyer_status_request")
public class StatusChangeRequest implements Serializable {

    @Id
    @SequenceGenerator(name = "lawyer_status_request_seq", sequenceName = "lawyer_status_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lawyer_status_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private Long lawyerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20, updatable = false)
    private LawyerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private LawyerStatus toStatus;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "reason", nullable = false, length = StatusChange.REASON_MAX, updatable = false)
    private String reason;

    @Embedded
    private SecondPersonApproval approval;

    protected StatusChangeRequest() {
        // for JPA
    }

    /**
     * Asks to move {@code lawyer} to {@code to} from {@code effectiveDate}. Checked now, so an
     * impossible request never waits for an approver: the transition is allowed from the lawyer's
     * current status, the reason is given, and the date is neither after today nor before the
     * current status began. Approval checks again against the lawyer as it is then.
     *
     * @throws BusinessException {@code lawyers.status.transition}, {@code lawyers.status.reasonRequired},
     *                           {@code lawyers.status.reasonTooLong}, {@code lawyers.status.dateInFuture},
     *                           {@code lawyers.status.beforeCurrent}
     */
    public StatusChangeRequest(Lawyer lawyer, LawyerStatus to, LocalDate effectiveDate, String reason,
                               String requestedBy, LocalDate today, OffsetDateTime now) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (!lawyer.getStatus().canChangeTo(to)) {
            throw new BusinessException("lawyers.status.transition", lawyer.getStatus().labelKey(), to.labelKey());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("lawyers.status.reasonRequired");
        }
        if (why.length() > StatusChange.REASON_MAX) {
            throw new BusinessException("lawyers.status.reasonTooLong", StatusChange.REASON_MAX);
        }
        if (effectiveDate.isAfter(today)) {
            throw new BusinessException("lawyers.status.dateInFuture", effectiveDate);
        }
        if (effectiveDate.isBefore(lawyer.getStatusSince())) {
            throw new BusinessException("lawyers.status.beforeCurrent", effectiveDate, lawyer.getStatusSince());
        }
        this.lawyerId = lawyer.getId();
        this.fromStatus = lawyer.getStatus();
        this.toStatus = to;
        this.effectiveDate = effectiveDate;
        this.reason = why;
        this.approval = SecondPersonApproval.requestedBy(requestedBy, now);
    }

    /**
     * Approves: the validated change to apply to the lawyer ({@link Lawyer#changeStatus}) and to
     * keep in the history.
     *
     * @throws BusinessException {@code approval.decided}, {@code approval.deciderIsRequester},
     *                           and those of {@link StatusChange#of}
     */
    public StatusChange approve(String approvedBy, String note, LocalDate today, OffsetDateTime now) {
        approval.checkApproval(approvedBy, note);
        StatusChange change = StatusChange.of(fromStatus, toStatus, effectiveDate, reason, approval.getRequestedBy(), approvedBy, today);
        approval.approve(change.approvedBy(), note, now);
        return change;
    }

    /**
     * Rejects, with the reason the requester will read.
     *
     * @throws BusinessException {@code approval.decided}, {@code approval.deciderIsRequester},
     *                           {@code approval.noteRequired}
     */
    public void reject(String rejectedBy, String note, OffsetDateTime now) {
        approval.reject(rejectedBy, note, now);
    }

    public boolean isPending() {
        return approval.isPending();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getLawyerId() { return lawyerId; }
    public LawyerStatus getFromStatus() { return fromStatus; }
    public LawyerStatus getToStatus() { return toStatus; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public String getReason() { return reason; }
    public SecondPersonApproval getApproval() { return approval; }
    public String getRequestedBy() { return approval.getRequestedBy(); }
    public OffsetDateTime getRequestedAt() { return approval.getRequestedAt(); }
    public RequestState getState() { return approval.getState(); }
    public String getDecidedBy() { return approval.getDecidedBy(); }
    public OffsetDateTime getDecidedAt() { return approval.getDecidedAt(); }
    public String getDecisionNote() { return approval.getDecisionNote(); }
}
