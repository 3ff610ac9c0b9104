package org.legalaid.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A finding, from the complaints context, that a lawyer took money or property from the client in a
 * case (有偿办案, LAL art. 20; MoJ order 149 art. 22): funding's own record of the
 * {@code ClientPaymentUpheld} event, counted by rule 10 ({@code ClientPaymentRule}) for every claim of
 * the case. Appended, never changed; one per complaint.
 */
@Entity
@Table(name = "funding_client_payment")
public class ClientPaymentReport {

    @Id
    @SequenceGenerator(name = "funding_client_payment_seq", sequenceName = "funding_client_payment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_client_payment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    /** The lawyer found to have taken the money, or null when the complaint named a firm or centre. */
    @Column(name = "lawyer_id", updatable = false)
    private Long lawyerId;

    @Column(name = "complaint_number", nullable = false, updatable = false, length = 20)
    private String complaintNumber;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private OffsetDateTime reportedAt;

    protected ClientPaymentReport() {
        // for JPA
    }

    public ClientPaymentReport(long caseId, Long lawyerId, String complaintNumber, OffsetDateTime reportedAt) {
        this.caseId = caseId;
        this.lawyerId = lawyerId;
        this.complaintNumber = Objects.requireNonNull(complaintNumber);
        this.reportedAt = Objects.requireNonNull(reportedAt);
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public Long getLawyerId() { return lawyerId; }
    public String getComplaintNumber() { return complaintNumber; }
    public OffsetDateTime getReportedAt() { return reportedAt; }
}
