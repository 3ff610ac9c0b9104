package org.legalaid.reporting;

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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/**
 * A unit's target for a year (seed 003: 120+ cases a year; 40 % of civil and administrative cases
 * through workstations; "将工作目标任务分解落实到各律师事务所法律服务所和基层司法所" — a unit may be a district
 * centre or a workstation under it). Data, kept by the bureau's supervisor; one per unit, year and
 * measure (a unique key); edited under an optimistic lock.
 */
@Entity
@Table(name = "reporting_target")
public class Target {

    @Id
    @SequenceGenerator(name = "reporting_target_seq", sequenceName = "reporting_target_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_target_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "target_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, length = 30, updatable = false)
    private TargetMeasure measure;

    @Column(name = "target_value", nullable = false, precision = 12, scale = 1)
    private BigDecimal value;

    @Column(name = "set_by", nullable = false, length = UserName.MAX)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    protected Target() {
        // for JPA
    }

    /**
     * @throws BusinessException the checks of {@link #checked}
     */
    public Target(long unitId, int year, TargetMeasure measure, BigDecimal value, String by, OffsetDateTime at) {
        this.unitId = unitId;
        this.year = year;
        this.measure = measure;
        this.value = checked(measure, value);
        this.setBy = by;
        this.setAt = at;
    }

    /**
     * Changes the target's value.
     *
     * @throws BusinessException the checks of {@link #checked}
     */
    public void change(BigDecimal newValue, String by, OffsetDateTime at) {
        this.value = checked(measure, newValue);
        this.setBy = by;
        this.setAt = at;
    }

    /**
     * A target's value: never below zero ({@code reporting.target.negative}), a share at most 100
     * ({@code reporting.target.shareAbove100}), a count whole ({@code reporting.target.wholeCount}).
     */
    public static BigDecimal checked(TargetMeasure measure, BigDecimal value) {
        if (value == null) {
            throw new BusinessException("reporting.target.required");
        }
        if (value.signum() < 0) {
            throw new BusinessException("reporting.target.negative", value);
        }
        if (measure.share() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessException("reporting.target.shareAbove100", value);
        }
        if (!measure.share() && value.stripTrailingZeros().scale() > 0) {
            throw new BusinessException("reporting.target.wholeCount", value);
        }
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getYear() {
        return year;
    }

    public TargetMeasure getMeasure() {
        return measure;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getSetBy() {
        return setBy;
    }

    public OffsetDateTime getSetAt() {
        return setAt;
    }
}
