package org.legalaid.funding;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;

/** The funding settings as the finance approver edits them. */
public class SettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private RateDateBasis rateDateBasis;
    @NotNull
    private BigDecimal secondApprovalAbove;
    @NotNull
    private BigDecimal factorExcellent;
    @NotNull
    private BigDecimal factorGood;
    @NotNull
    private BigDecimal factorPass;
    @NotNull
    private BigDecimal factorFail;
    @NotNull
    private BigDecimal factorNotEvaluated;
    private int splitWindowDays;
    private int splitMarginPercent;
    private int splitMinCount;
    private int passOnDays;
    private int reconWindowDays;
    private int statementMaxMb;

    public RateDateBasis getRateDateBasis() { return rateDateBasis; }
    public void setRateDateBasis(RateDateBasis v) { this.rateDateBasis = v; }
    public BigDecimal getSecondApprovalAbove() { return secondApprovalAbove; }
    public void setSecondApprovalAbove(BigDecimal v) { this.secondApprovalAbove = v; }
    public BigDecimal getFactorExcellent() { return factorExcellent; }
    public void setFactorExcellent(BigDecimal v) { this.factorExcellent = v; }
    public BigDecimal getFactorGood() { return factorGood; }
    public void setFactorGood(BigDecimal v) { this.factorGood = v; }
    public BigDecimal getFactorPass() { return factorPass; }
    public void setFactorPass(BigDecimal v) { this.factorPass = v; }
    public BigDecimal getFactorFail() { return factorFail; }
    public void setFactorFail(BigDecimal v) { this.factorFail = v; }
    public BigDecimal getFactorNotEvaluated() { return factorNotEvaluated; }
    public void setFactorNotEvaluated(BigDecimal v) { this.factorNotEvaluated = v; }
    public int getSplitWindowDays() { return splitWindowDays; }
    public void setSplitWindowDays(int v) { this.splitWindowDays = v; }
    public int getSplitMarginPercent() { return splitMarginPercent; }
    public void setSplitMarginPercent(int v) { this.splitMarginPercent = v; }
    public int getSplitMinCount() { return splitMinCount; }
    public void setSplitMinCount(int v) { this.splitMinCount = v; }
    public int getPassOnDays() { return passOnDays; }
    public void setPassOnDays(int v) { this.passOnDays = v; }
    public int getReconWindowDays() { return reconWindowDays; }
    public void setReconWindowDays(int v) { this.reconWindowDays = v; }
    public int getStatementMaxMb() { return statementMaxMb; }
    public void setStatementMaxMb(int v) { this.statementMaxMb = v; }
}
