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
import org.legalaid.intake.SubjectType;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A lawyer's (or the firm's) refusal of an offered assignment, with its reason and whether the
 * centre found the reason justified. Recorded, never changed: the annual assessment counts
 * unjustified refusals, and refusing or delaying without good reason is sanctioned (LAL art. 62,
 * 63; issue 4 "a lawyer or firm that refuses an assignment has the refusal recorded").
 */
@Entity
@Table(name = "lawyer_refusal")
public class LawyerRefusal implements Serializable {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "lawyer_refusal_seq", sequenceName = "lawyer_refusal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lawyer_refusal_seq")
    private Long id;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "refused_on", nullable = false, updatable = false)
    private LocalDate refusedOn;

    @Column(name = "reason", nullable = false, length = REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "justified", nullable = false, updatable = false)
    private boolean justified;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LawyerRefusal() {
        // for JPA
    }

    /**
     * @throws BusinessException {@code lawyers.refusal.reasonRequired};
     *                           {@code lawyers.refusal.inFuture} (date)
     */
    public LawyerRefusal(long lawyerId, long firmId, SubjectType subjectType, long subjectId, LocalDate refusedOn,
                         String reason, boolean justified, String recordedBy, OffsetDateTime recordedAt, LocalDate today) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("lawyers.refusal.reasonRequired");
        }
        if (refusedOn.isAfter(today)) {
            throw new BusinessException("lawyers.refusal.inFuture", refusedOn);
        }
        this.lawyerId = lawyerId;
        this.firmId = firmId;
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = subjectId;
        this.refusedOn = refusedOn;
        this.reason = reason.strip();
        this.justified = justified;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() { return id; }
    public long getLawyerId() { return lawyerId; }
    public long getFirmId() { return firmId; }
    public SubjectType getSubjectType() { return subjectType; }
    public long getSubjectId() { return subjectId; }
    public LocalDate getRefusedOn() { return refusedOn; }
    public String getReason() { return reason; }
    public boolean isJustified() { return justified; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}
