package org.legalaid.funding;

import org.legalaid.shared.UserName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Money of a fund passed down the unit tree, e.g. from the city centre to a district centre, with
 * the date it was passed on and the date the district received it. The money itself moves in the
 * ledger ({@link PostingKind#ALLOCATION}); this record keeps the dates that the withholding rule
 * (截留: received and neither passed on nor spent in time) looks at. Immutable.
 */
@Entity
@Table(name = "fund_allocation")
public class Allocation implements Serializable {

    @Id
    @SequenceGenerator(name = "fund_allocation_seq", sequenceName = "fund_allocation_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_allocation_seq")
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Column(name = "from_unit_id", nullable = false, updatable = false)
    private long fromUnitId;

    @Column(name = "to_unit_id", nullable = false, updatable = false)
    private long toUnitId;

    @Column(name = "amount", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal amount;

    @Column(name = "passed_on", nullable = false, updatable = false)
    private LocalDate passedOn;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "posting_seq", nullable = false, updatable = false)
    private long postingSeq;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Allocation() {
        // for JPA
    }

    /**
     * @throws BusinessException {@code funding.allocation.sameUnit}; {@code funding.allocation.dates}
     *                           when received before passed on or either date lies after today
     */
    public Allocation(long fundId, long fromUnitId, long toUnitId, BigDecimal amount, LocalDate passedOn,
                      LocalDate receivedOn, LocalDate today, long postingSeq, String recordedBy, OffsetDateTime now) {
        if (fromUnitId == toUnitId) {
            throw new BusinessException("funding.allocation.sameUnit");
        }
        if (receivedOn.isBefore(passedOn) || receivedOn.isAfter(today) || passedOn.isAfter(today)) {
            throw new BusinessException("funding.allocation.dates", passedOn, receivedOn);
        }
        this.fundId = fundId;
        this.fromUnitId = fromUnitId;
        this.toUnitId = toUnitId;
        this.amount = Yuan.positive(amount, "field.amount");
        this.passedOn = passedOn;
        this.receivedOn = receivedOn;
        this.postingSeq = postingSeq;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public long getFundId() { return fundId; }
    public long getFromUnitId() { return fromUnitId; }
    public long getToUnitId() { return toUnitId; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getPassedOn() { return passedOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public long getPostingSeq() { return postingSeq; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}
