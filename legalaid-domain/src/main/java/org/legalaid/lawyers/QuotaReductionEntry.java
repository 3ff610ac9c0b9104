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
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A stored reduction of one lawyer's quota for a year, with its reason ({@link QuotaReduction};
 * issue 4). Appended and never edited: a wrong reduction is cancelled with a reason and stays
 * visible, so the year's arithmetic can always be retraced. The cancellation is the one edit, and
 * two officers may make it at once: {@code @Version} lets only the first commit.
 */
@Entity
@Table(name = "quota_reduction")
public class QuotaReductionEntry implements Serializable {

    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "quota_reduction_seq", sequenceName = "quota_reduction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_reduction_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Column(name = "quota_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30, updatable = false)
    private ReductionReason reason;

    @Column(name = "cases", nullable = false, precision = 6, scale = 2, updatable = false)
    private BigDecimal cases;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "cancelled_by", length = UserName.MAX)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancel_reason", length = NOTE_MAX)
    private String cancelReason;

    protected QuotaReductionEntry() {
        // for JPA
    }

    /**
     * Records a reduction; the caller has checked that the lawyer's reductions stay within the
     * quota ({@link QuotaProgress#of}).
     *
     * @throws BusinessException {@code lawyers.quota.reductionPositive} for zero cases
     */
    public QuotaReductionEntry(long lawyerId, int year, QuotaReduction reduction, String recordedBy, OffsetDateTime at) {
        if (reduction.cases().signum() <= 0) {
            throw new BusinessException("lawyers.quota.reductionPositive");
        }
        this.lawyerId = lawyerId;
        this.year = year;
        this.reason = reduction.reason();
        this.cases = reduction.cases();
        this.note = reduction.note().isEmpty() ? null : reduction.note();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(at);
    }

    /**
     * Cancels the reduction, which then no longer counts.
     *
     * @throws BusinessException {@code lawyers.quota.reductionCancelled} when already cancelled
     */
    public void cancel(String reasonText, String by, OffsetDateTime at) {
        if (isCancelled()) {
            throw new BusinessException("lawyers.quota.reductionCancelled");
        }
        this.cancelReason = reasonText.strip();
        this.cancelledBy = Objects.requireNonNull(by);
        this.cancelledAt = Objects.requireNonNull(at);
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public QuotaReduction toReduction() {
        return new QuotaReduction(reason, cases, note);
    }

    public Long getId() { return id; }
    public long getLawyerId() { return lawyerId; }
    public int getYear() { return year; }
    public ReductionReason getReason() { return reason; }
    public BigDecimal getCases() { return cases; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
    public String getCancelledBy() { return cancelledBy; }
    public OffsetDateTime getCancelledAt() { return cancelledAt; }
    public String getCancelReason() { return cancelReason; }
}
