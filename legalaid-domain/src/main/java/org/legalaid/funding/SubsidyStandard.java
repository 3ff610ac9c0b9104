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
import org.legalaid.intake.MatterType;
import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A subsidy standard (办案补贴标准, LAL art. 52): the rate for one matter type and procedure stage in
 * one region, from a date and, once replaced, to a date. Standards change over time (动态调整, seed
 * 001); a case is paid at the rate in force on the date the settings name ({@link RateDateBasis}).
 * Two standards of the same region, matter type and stage may not overlap in time.
 *
 * <p>The region is a unit of the organisation tree, the standard applying to that unit and every unit
 * under it; the nearest unit up the tree with a standard wins (a district's own rate over the city's).
 * The unit is certain for every case, where a region code is not.
 *
 * <p>A standard is never edited: it is ended (its last day set) and a new one follows.
 */
@Entity
@Table(name = "subsidy_standard")
public class SubsidyStandard implements Serializable {

    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "subsidy_standard_seq", sequenceName = "subsidy_standard_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subsidy_standard_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false, length = 30, updatable = false)
    private MatterType matterType;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30, updatable = false)
    private ProcedureStage stage;

    @Column(name = "base_amount", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal baseAmount;

    @Column(name = "extra_per_party", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal extraPerParty;

    @Column(name = "remote_allowance", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal remoteAllowance;

    @Column(name = "copying_cap", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal copyingCap;

    @Column(name = "travel_cap", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal travelCap;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "basis", nullable = false, length = NOTE_MAX, updatable = false)
    private String basis;

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "ended_by", length = UserName.MAX)
    private String endedBy;

    protected SubsidyStandard() {
        // for JPA
    }

    /**
     * @throws BusinessException {@code funding.standard.dates} when it ends before it starts; the
     *                           {@link Yuan} checks of each amount
     */
    public SubsidyStandard(long unitId, NewSubsidyStandard form, String createdBy, OffsetDateTime now) {
        this.unitId = unitId;
        this.matterType = Objects.requireNonNull(form.getMatterType());
        this.stage = Objects.requireNonNull(form.getStage());
        this.baseAmount = Yuan.positive(form.getBaseAmount(), "field.baseAmount");
        this.extraPerParty = Yuan.notNegative(form.getExtraPerParty(), "field.extraPerParty");
        this.remoteAllowance = Yuan.notNegative(form.getRemoteAllowance(), "field.remoteAllowance");
        this.copyingCap = Yuan.notNegative(form.getCopyingCap(), "field.copyingCap");
        this.travelCap = Yuan.notNegative(form.getTravelCap(), "field.travelCap");
        this.effectiveFrom = Objects.requireNonNull(form.getEffectiveFrom());
        this.effectiveTo = form.getEffectiveTo();
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new BusinessException("funding.standard.dates", effectiveFrom, effectiveTo);
        }
        this.basis = form.getBasis().strip();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Whether it is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Whether it covers the same region, matter type and stage as {@code other} on some common day. */
    public boolean overlaps(SubsidyStandard other) {
        return unitId == other.unitId && matterType == other.matterType && stage == other.stage
                && !(effectiveTo != null && effectiveTo.isBefore(other.effectiveFrom))
                && !(other.effectiveTo != null && other.effectiveTo.isBefore(effectiveFrom));
    }

    /**
     * Ends the standard with {@code lastDay}, for a new one to follow.
     *
     * @throws BusinessException {@code funding.standard.endBeforeStart}; {@code funding.standard.ended}
     *                           when it already ended earlier
     */
    public void endOn(LocalDate lastDay, String by) {
        if (lastDay.isBefore(effectiveFrom)) {
            throw new BusinessException("funding.standard.endBeforeStart", effectiveFrom, lastDay);
        }
        if (effectiveTo != null && !lastDay.isBefore(effectiveTo)) {
            throw new BusinessException("funding.standard.ended", effectiveTo);
        }
        this.effectiveTo = lastDay;
        this.endedBy = by;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getUnitId() { return unitId; }
    public MatterType getMatterType() { return matterType; }
    public ProcedureStage getStage() { return stage; }
    public BigDecimal getBaseAmount() { return baseAmount; }
    public BigDecimal getExtraPerParty() { return extraPerParty; }
    public BigDecimal getRemoteAllowance() { return remoteAllowance; }
    public BigDecimal getCopyingCap() { return copyingCap; }
    public BigDecimal getTravelCap() { return travelCap; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public String getBasis() { return basis; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getEndedBy() { return endedBy; }
}
