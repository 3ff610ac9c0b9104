package org.legalaid.lawyers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One applied step of a lawyer's status lifecycle, as approved: appended when a change is applied
 * and never changed (no setters, every column not updatable). The profile lists them; the annual
 * assessment and sanctions (LAL art. 60, 62, 63) are traced through them.
 */
@Entity
@Table(name = "lawyer_status_change")
public class StatusHistoryEntry implements Serializable {

    @Id
    @SequenceGenerator(name = "lawyer_status_change_seq", sequenceName = "lawyer_status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lawyer_status_change_seq")
    private Long id;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    /** The request it came from; null for changes recorded without one (demo data). */
    @Column(name = "request_id", updatable = false)
    private Long requestId;

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

    @Column(name = "requested_by", nullable = false, length = UserName.MAX, updatable = false)
    private String requestedBy;

    @Column(name = "approved_by", nullable = false, length = UserName.MAX, updatable = false)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private OffsetDateTime approvedAt;

    protected StatusHistoryEntry() {
        // for JPA
    }

    public StatusHistoryEntry(long lawyerId, Long requestId, StatusChange change, OffsetDateTime approvedAt) {
        this.lawyerId = lawyerId;
        this.requestId = requestId;
        this.fromStatus = change.from();
        this.toStatus = change.to();
        this.effectiveDate = change.date();
        this.reason = change.reason();
        this.requestedBy = change.requestedBy();
        this.approvedBy = change.approvedBy();
        this.approvedAt = Objects.requireNonNull(approvedAt);
    }

    /** The change as recorded. */
    public StatusChange change() {
        return new StatusChange(fromStatus, toStatus, effectiveDate, reason, requestedBy, approvedBy);
    }

    public Long getId() { return id; }
    public long getLawyerId() { return lawyerId; }
    public Long getRequestId() { return requestId; }
    public LawyerStatus getFromStatus() { return fromStatus; }
    public LawyerStatus getToStatus() { return toStatus; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public String getApprovedBy() { return approvedBy; }
    public OffsetDateTime getApprovedAt() { return approvedAt; }
}
