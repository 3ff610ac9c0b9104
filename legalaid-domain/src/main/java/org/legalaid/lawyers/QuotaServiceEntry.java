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
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Service other than a case or a roster duty day that the year's rule credits towards a lawyer's
 * quota (window and hotline shifts, mediation sessions; {@link CreditKind}). Duty days are never
 * entered here: they come from the roster, so one day is never counted twice.
 */
@Entity
@Table(name = "quota_service")
public class QuotaServiceEntry implements Serializable {

    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "quota_service_seq", sequenceName = "quota_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_service_seq")
    private Long id;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_kind", nullable = false, length = 30, updatable = false)
    private CreditKind kind;

    @Column(name = "service_on", nullable = false, updatable = false)
    private LocalDate serviceOn;

    @Column(name = "units", nullable = false, precision = 6, scale = 2, updatable = false)
    private BigDecimal units;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected QuotaServiceEntry() {
        // for JPA
    }

    /**
     * @throws BusinessException {@code lawyers.quota.dutyDaysFromRoster} for duty days;
     *                           {@code lawyers.quota.serviceInFuture} (date) for a day after
     *                           {@code today}; {@code lawyers.quota.unitsPositive} for zero units
     */
    public QuotaServiceEntry(long lawyerId, ServiceUnits service, LocalDate serviceOn, String note, LocalDate today,
                             String recordedBy, OffsetDateTime at) {
        if (service.kind() == CreditKind.DUTY_DAY) {
            throw new BusinessException("lawyers.quota.dutyDaysFromRoster");
        }
        if (serviceOn.isAfter(today)) {
            throw new BusinessException("lawyers.quota.serviceInFuture", serviceOn.toString());
        }
        if (service.units().signum() <= 0) {
            throw new BusinessException("lawyers.quota.unitsPositive");
        }
        this.lawyerId = lawyerId;
        this.kind = service.kind();
        this.units = service.units();
        this.serviceOn = serviceOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public long getLawyerId() { return lawyerId; }
    public CreditKind getKind() { return kind; }
    public LocalDate getServiceOn() { return serviceOn; }
    public BigDecimal getUnits() { return units; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}
