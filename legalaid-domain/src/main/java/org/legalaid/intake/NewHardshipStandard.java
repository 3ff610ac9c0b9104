package org.legalaid.intake;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.math.BigDecimal;

/** What an administrator enters for a region's hardship standard of a year. */
public class NewHardshipStandard implements Serializable {

    @NotBlank
    @Pattern(regexp = "[0-9]{6}", message = "{legalaid.validation.regionCode}")
    private String regionCode;

    @NotBlank
    @Size(max = HardshipStandardEntry.REGION_NAME_MAX)
    @PlainText
    private String regionName;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    @DecimalMin(value = "0.01", message = "{legalaid.validation.positive}")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal minimumLivingStandard;

    @NotNull
    @DecimalMin(value = "0.01", message = "{legalaid.validation.positive}")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal multiplier;

    @NotBlank
    @Size(max = HardshipStandardEntry.BASIS_MAX)
    @PlainText
    private String basis;

    /** The domain value; its own checks refuse what Bean Validation let through. */
    public HardshipStandard toStandard() {
        return new HardshipStandard(regionCode, year, minimumLivingStandard, multiplier);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode == null ? null : regionCode.strip();
    }

    public String getRegionName() {
        return regionName;
    }

    public void setRegionName(String regionName) {
        this.regionName = regionName;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getMinimumLivingStandard() {
        return minimumLivingStandard;
    }

    public void setMinimumLivingStandard(BigDecimal minimumLivingStandard) {
        this.minimumLivingStandard = minimumLivingStandard;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
