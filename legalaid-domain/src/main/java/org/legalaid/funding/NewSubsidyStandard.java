package org.legalaid.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.MatterType;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the finance approver enters for a subsidy standard. */
public class NewSubsidyStandard implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long unitId;

    @NotNull
    private MatterType matterType;

    @NotNull
    private ProcedureStage stage;

    @NotNull
    @DecimalMin(value = "0.01", message = "{legalaid.validation.positive}")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal baseAmount;

    @DecimalMin(value = "0.00")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal extraPerParty;

    @DecimalMin(value = "0.00")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal remoteAllowance;

    @DecimalMin(value = "0.00")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal copyingCap;

    @DecimalMin(value = "0.00")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal travelCap;

    @NotNull
    private LocalDate effectiveFrom;

    private LocalDate effectiveTo;

    /** The document that sets the rate, e.g. 鲁司〔2025〕12号. */
    @NotBlank
    @Size(max = SubsidyStandard.NOTE_MAX)
    @PlainText
    private String basis;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public MatterType getMatterType() { return matterType; }
    public void setMatterType(MatterType matterType) { this.matterType = matterType; }
    public ProcedureStage getStage() { return stage; }
    public void setStage(ProcedureStage stage) { this.stage = stage; }
    public BigDecimal getBaseAmount() { return baseAmount; }
    public void setBaseAmount(BigDecimal baseAmount) { this.baseAmount = baseAmount; }
    public BigDecimal getExtraPerParty() { return extraPerParty; }
    public void setExtraPerParty(BigDecimal extraPerParty) { this.extraPerParty = extraPerParty; }
    public BigDecimal getRemoteAllowance() { return remoteAllowance; }
    public void setRemoteAllowance(BigDecimal remoteAllowance) { this.remoteAllowance = remoteAllowance; }
    public BigDecimal getCopyingCap() { return copyingCap; }
    public void setCopyingCap(BigDecimal copyingCap) { this.copyingCap = copyingCap; }
    public BigDecimal getTravelCap() { return travelCap; }
    public void setTravelCap(BigDecimal travelCap) { this.travelCap = travelCap; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(LocalDate effectiveTo) { this.effectiveTo = effectiveTo; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
}
