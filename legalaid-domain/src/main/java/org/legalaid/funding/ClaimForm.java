package org.legalaid.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a finance officer records for a subsidy claim (for the lawyer, who has no login). The lawyer is
 * the case's lawyer unless another assigned lawyer of the case is named; the fund is the proposed one
 * unless another is chosen; the amount is the calculation unless a documented exception is claimed.
 */
public class ClaimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long caseId;

    private Long lawyerId;

    @NotNull
    private ProcedureStage stage;

    @Min(0)
    @Max(99)
    private int extraParties;

    private boolean remote;

    @DecimalMin("0.00")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal copyingCost;

    @DecimalMin("0.00")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal travelCost;

    @DecimalMin(value = "0.01", message = "{legalaid.validation.positive}")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal amount;

    @Size(max = SubsidyClaim.TEXT_MAX)
    @PlainText
    private String exceptionReason;

    private Long fundId;

    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public Long getLawyerId() { return lawyerId; }
    public void setLawyerId(Long lawyerId) { this.lawyerId = lawyerId; }
    public ProcedureStage getStage() { return stage; }
    public void setStage(ProcedureStage stage) { this.stage = stage; }
    public int getExtraParties() { return extraParties; }
    public void setExtraParties(int extraParties) { this.extraParties = extraParties; }
    public boolean isRemote() { return remote; }
    public void setRemote(boolean remote) { this.remote = remote; }
    public BigDecimal getCopyingCost() { return copyingCost; }
    public void setCopyingCost(BigDecimal copyingCost) { this.copyingCost = copyingCost; }
    public BigDecimal getTravelCost() { return travelCost; }
    public void setTravelCost(BigDecimal travelCost) { this.travelCost = travelCost; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getExceptionReason() { return exceptionReason; }
    public void setExceptionReason(String exceptionReason) { this.exceptionReason = exceptionReason; }
    public Long getFundId() { return fundId; }
    public void setFundId(Long fundId) { this.fundId = fundId; }
}
