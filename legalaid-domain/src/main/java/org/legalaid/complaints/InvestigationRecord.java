package org.legalaid.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A record of the investigation (order 149 art. 16–17): an interview signed by the person
 * interviewed, a site visit or a file review, written by an active investigator. Records are
 * appended, never changed.
 */
@Entity
@Table(name = "complaint_record")
public class InvestigationRecord implements Serializable {

    public static final int PERSON_MAX = 50;

    @Id
    @SequenceGenerator(name = "complaint_record_seq", sequenceName = "complaint_record_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_record_seq")
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private InvestigationKind kind;

    @Column(name = "person", updatable = false, length = PERSON_MAX)
    private String person;

    @Column(name = "signed_by_person", nullable = false, updatable = false)
    private boolean signed;

    @Column(name = "content", nullable = false, updatable = false, length = Complaint.FACTS_MAX)
    private String content;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = UserName.MAX)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected InvestigationRecord() {
        // for JPA
    }

    /**
     * @throws BusinessException {@code complaints.record.unsigned} for an interview without the
     *                           interviewee's signature or name (art. 17); {@code complaints.textRequired}
     */
    public InvestigationRecord(long complaintId, InvestigationKind kind, String person, boolean signed, String content,
                               String recordedBy, LocalDateTime at) {
        this.complaintId = complaintId;
        this.kind = Objects.requireNonNull(kind);
        this.person = person == null || person.isBlank() ? null : person.strip();
        if (kind == InvestigationKind.INTERVIEW && (!signed || this.person == null)) {
            throw new BusinessException("complaints.record.unsigned");
        }
        if (content == null || content.isBlank()) {
            throw new BusinessException("complaints.textRequired", "content");
        }
        this.signed = signed;
        this.content = content.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public long getComplaintId() { return complaintId; }
    public InvestigationKind getKind() { return kind; }
    public String getPerson() { return person; }
    public boolean isSigned() { return signed; }
    public String getContent() { return content; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
