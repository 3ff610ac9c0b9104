package org.legalaid.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The stored economic-hardship standard of a region for a year ({@link HardshipStandard}, LAL
 * art. 34), as an administrator enters it from the local government's notice, with the notice it
 * comes from. One entry per region and year; a correction is audited.
 */
@Entity
@Table(name = "hardship_standard")
public class HardshipStandardEntry implements Serializable {

    public static final int REGION_NAME_MAX = 50;
    public static final int BASIS_MAX = 200;

    @Id
    @SequenceGenerator(name = "hardship_standard_seq", sequenceName = "hardship_standard_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hardship_standard_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "region_code", nullable = false, length = 6, updatable = false)
    private String regionCode;

    @Column(name = "region_name", nullable = false, length = REGION_NAME_MAX)
    private String regionName;

    @Column(name = "standard_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "minimum_living_standard", nullable = false, precision = 10, scale = 2)
    private BigDecimal minimumLivingStandard;

    @Column(name = "multiplier", nullable = false, precision = 5, scale = 2)
    private BigDecimal multiplier;

    @Column(name = "basis", nullable = false, length = BASIS_MAX)
    private String basis;

    @Column(name = "updated_by", nullable = false, length = UserName.MAX)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected HardshipStandardEntry() {
        // for JPA
    }

    public HardshipStandardEntry(NewHardshipStandard form, String by, OffsetDateTime now) {
        HardshipStandard checked = form.toStandard();
        this.regionCode = checked.regionCode();
        this.year = checked.year();
        apply(form, by, now);
    }

    /** Takes the form's figures; the region and year stay. */
    public void apply(NewHardshipStandard form, String by, OffsetDateTime now) {
        HardshipStandard checked = form.toStandard();
        this.regionName = form.getRegionName().strip();
        this.minimumLivingStandard = checked.minimumLivingStandard().setScale(2, RoundingMode.HALF_UP);
        this.multiplier = checked.multiplier().setScale(2, RoundingMode.HALF_UP);
        this.basis = form.getBasis().strip();
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = now;
    }

    public HardshipStandard standard() {
        return new HardshipStandard(regionCode, year, minimumLivingStandard, multiplier);
    }

    public BigDecimal getPerHeadLimit() {
        return standard().perHeadLimit();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionName() {
        return regionName;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getMinimumLivingStandard() {
        return minimumLivingStandard;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public String getBasis() {
        return basis;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
