package org.legalaid.funding;

import org.legalaid.shared.UserName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The figures funding runs on, kept by the finance approver (one row, versioned, every change
 * audited): which date selects the rate, the amount above which a second approver is needed, the
 * quality factors (质量效果挂钩), and the thresholds of the anti-misappropriation rules. None of them
 * is a constant in code: a city sets them for itself.
 */
@Entity
@Table(name = "funding_settings")
public class FundingSettings {

    public static final long SINGLETON_ID = 1L;

    /** The most a statement file may be set to, in MB. */
    public static final int MAX_STATEMENT_MB = 200;

    @Id
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_date_basis", nullable = false, length = 20)
    private RateDateBasis rateDateBasis;

    @Column(name = "second_approval_above", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE)
    private BigDecimal secondApprovalAbove;

    @Column(name = "factor_excellent", nullable = false, precision = 5, scale = 2)
    private BigDecimal factorExcellent;

    @Column(name = "factor_good", nullable = false, precision = 5, scale = 2)
    private BigDecimal factorGood;

    @Column(name = "factor_pass", nullable = false, precision = 5, scale = 2)
    private BigDecimal factorPass;

    @Column(name = "factor_fail", nullable = false, precision = 5, scale = 2)
    private BigDecimal factorFail;

    @Column(name = "factor_not_evaluated", nullable = false, precision = 5, scale = 2)
    private BigDecimal factorNotEvaluated;

    /** Split payments: several payments to one payee within this many days… */
    @Column(name = "split_window_days", nullable = false)
    private int splitWindowDays;

    /** …each within this percentage below the second-approval amount… */
    @Column(name = "split_margin_percent", nullable = false)
    private int splitMarginPercent;

    /** …at least this many of them. */
    @Column(name = "split_min_count", nullable = false)
    private int splitMinCount;

    /** An allocation received must be passed on or spent within this many days (截留). */
    @Column(name = "pass_on_days", nullable = false)
    private int passOnDays;

    /** Reconciliation, pass 2: a statement line matches a payment of its account and amount this many days either side. */
    @Column(name = "recon_window_days", nullable = false)
    private int reconWindowDays;

    /** The largest statement file accepted, in MB (the server's upload limit caps it too). */
    @Column(name = "statement_max_mb", nullable = false)
    private int statementMaxMb;

    @Column(name = "changed_by", nullable = false, length = UserName.MAX)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected FundingSettings() {
        // for JPA
    }

    /** The factor applied to the subsidy of a case with {@code grade}. */
    public BigDecimal factorFor(QualityGrade grade) {
        return switch (grade) {
            case EXCELLENT -> factorExcellent;
            case GOOD -> factorGood;
            case PASS -> factorPass;
            case FAIL -> factorFail;
            case NOT_EVALUATED -> factorNotEvaluated;
        };
    }

    /** Whether a claim of {@code amount} needs a second approver. */
    public boolean needsSecondApproval(BigDecimal amount) {
        return amount.compareTo(secondApprovalAbove) > 0;
    }

    /**
     * Changes the settings.
     *
     * @throws BusinessException {@code funding.settings.factor} for a factor outside 0–3;
     *                           {@code funding.settings.range} for a window, margin or count out of range
     */
    public void change(SettingsForm f, String by, OffsetDateTime now) {
        for (BigDecimal factor : new BigDecimal[]{f.getFactorExcellent(), f.getFactorGood(), f.getFactorPass(),
                f.getFactorFail(), f.getFactorNotEvaluated()}) {
            if (factor == null || factor.signum() < 0 || factor.compareTo(BigDecimal.valueOf(3)) > 0) {
                throw new BusinessException("funding.settings.factor", factor);
            }
        }
        if (f.getSplitWindowDays() < 1 || f.getSplitWindowDays() > 366 || f.getSplitMarginPercent() < 1
                || f.getSplitMarginPercent() > 50 || f.getSplitMinCount() < 2 || f.getSplitMinCount() > 50
                || f.getPassOnDays() < 1 || f.getPassOnDays() > 366 || f.getReconWindowDays() < 0
                || f.getReconWindowDays() > 31 || f.getStatementMaxMb() < 1 || f.getStatementMaxMb() > MAX_STATEMENT_MB) {
            throw new BusinessException("funding.settings.range");
        }
        this.rateDateBasis = f.getRateDateBasis();
        this.secondApprovalAbove = Yuan.positive(f.getSecondApprovalAbove(), "field.secondApprovalAbove");
        this.factorExcellent = f.getFactorExcellent();
        this.factorGood = f.getFactorGood();
        this.factorPass = f.getFactorPass();
        this.factorFail = f.getFactorFail();
        this.factorNotEvaluated = f.getFactorNotEvaluated();
        this.splitWindowDays = f.getSplitWindowDays();
        this.splitMarginPercent = f.getSplitMarginPercent();
        this.splitMinCount = f.getSplitMinCount();
        this.passOnDays = f.getPassOnDays();
        this.reconWindowDays = f.getReconWindowDays();
        this.statementMaxMb = f.getStatementMaxMb();
        this.changedBy = by;
        this.changedAt = now;
    }

    /** A form filled with the current figures. */
    public SettingsForm toForm() {
        SettingsForm f = new SettingsForm();
        f.setRateDateBasis(rateDateBasis);
        f.setSecondApprovalAbove(secondApprovalAbove);
        f.setFactorExcellent(factorExcellent);
        f.setFactorGood(factorGood);
        f.setFactorPass(factorPass);
        f.setFactorFail(factorFail);
        f.setFactorNotEvaluated(factorNotEvaluated);
        f.setSplitWindowDays(splitWindowDays);
        f.setSplitMarginPercent(splitMarginPercent);
        f.setSplitMinCount(splitMinCount);
        f.setPassOnDays(passOnDays);
        f.setReconWindowDays(reconWindowDays);
        f.setStatementMaxMb(statementMaxMb);
        return f;
    }

    public long getVersion() { return version; }
    public RateDateBasis getRateDateBasis() { return rateDateBasis; }
    public BigDecimal getSecondApprovalAbove() { return secondApprovalAbove; }
    public int getSplitWindowDays() { return splitWindowDays; }
    public int getSplitMarginPercent() { return splitMarginPercent; }
    public int getSplitMinCount() { return splitMinCount; }
    public int getPassOnDays() { return passOnDays; }
    public int getReconWindowDays() { return reconWindowDays; }
    public int getStatementMaxMb() { return statementMaxMb; }

    /** The largest statement accepted, in bytes. */
    public long statementMaxBytes() {
        return statementMaxMb * 1024L * 1024L;
    }
    public String getChangedBy() { return changedBy; }
    public OffsetDateTime getChangedAt() { return changedAt; }
}
