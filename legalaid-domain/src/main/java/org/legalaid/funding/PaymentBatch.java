package org.legalaid.funding;

import org.legalaid.shared.UserName;
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

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A payment batch (支付批次) of one unit: approved claims collected by a finance officer (the payer),
 * written out as the bank or treasury file, then confirmed when the bank has paid. The confirmation
 * posts the payments to the ledger.
 */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_batch_seq", sequenceName = "payment_batch_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_batch_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private BatchState state;

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "exported_at")
    private OffsetDateTime exportedAt;

    @Column(name = "confirmed_by", length = UserName.MAX)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    protected PaymentBatch() {
        // for JPA
    }

    public PaymentBatch(long unitId, String createdBy, OffsetDateTime now) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.state = BatchState.OPEN;
    }

    /** Whether claims may still be added. */
    public boolean isOpen() {
        return state == BatchState.OPEN;
    }

    /** The bank file was written: nothing more is added. */
    public void exported(OffsetDateTime now) {
        if (state == BatchState.CONFIRMED) {
            throw new BusinessException("funding.batch.confirmed", getNumber());
        }
        this.state = BatchState.EXPORTED;
        if (exportedAt == null) {
            this.exportedAt = now;
        }
    }

    /**
     * The bank paid the batch on {@code paidOn}.
     *
     * @throws BusinessException {@code funding.batch.notExported}; {@code funding.batch.paidOnFuture}
     */
    public void confirm(String by, LocalDate paidOn, LocalDate today, OffsetDateTime now) {
        if (state != BatchState.EXPORTED) {
            throw new BusinessException("funding.batch.notExported", getNumber());
        }
        if (paidOn.isAfter(today) || paidOn.isBefore(createdAt.toLocalDate().minusDays(1))) {
            throw new BusinessException("funding.batch.paidOnInvalid", paidOn);
        }
        this.state = BatchState.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = now;
        this.paidOn = paidOn;
    }

    /** The batch's number as staff and the bank see it, e.g. ZF2026-000012. */
    public String getNumber() {
        return "ZF" + createdAt.getYear() + "-" + String.format("%06d", id);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getUnitId() { return unitId; }
    public BatchState getState() { return state; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getExportedAt() { return exportedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public OffsetDateTime getConfirmedAt() { return confirmedAt; }
    public LocalDate getPaidOn() { return paidOn; }
}
