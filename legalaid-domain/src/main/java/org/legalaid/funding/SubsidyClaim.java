package org.legalaid.funding;

import org.legalaid.shared.UserName;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.intake.MatterType;
import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A subsidy claim (办案补贴申请) for one archived case, one lawyer and one procedure stage, recorded
 * by a finance officer for the lawyer (who has no login), with its calculation line by line. It then
 * goes through review, approval (a second approval above the configured amount), a payment batch and
 * the bank's confirmation — each by a different person ({@link FinanceDuty}; the boundary refuses the
 * same person twice, naming the rule).
 *
 * <p>One case, one lawyer, one stage is claimed at most once: {@code active_key} holds
 * "case:lawyer:stage" while the claim is active and is emptied when it is rejected, and the database's
 * unique constraint on it refuses a second claim even when two arrive at the same instant.
 */
@Entity
@Table(name = "subsidy_claim")
public class SubsidyClaim implements Serializable {

    public static final int TEXT_MAX = 500;
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "subsidy_claim_seq", sequenceName = "subsidy_claim_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subsidy_claim_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, length = 60, updatable = false)
    private String caseNumber;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false, length = 30, updatable = false)
    private MatterType matterType;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30, updatable = false)
    private ProcedureStage stage;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Column(name = "lawyer_name", nullable = false, length = NAME_MAX, updatable = false)
    private String lawyerName;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "firm_name", nullable = false, length = NAME_MAX, updatable = false)
    private String firmName;

    @Column(name = "rate_date", nullable = false, updatable = false)
    private LocalDate rateDate;

    @Column(name = "standard_id", nullable = false, updatable = false)
    private long standardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false, length = 20, updatable = false)
    private QualityGrade grade;

    @Column(name = "extra_parties", nullable = false, updatable = false)
    private int extraParties;

    @Column(name = "remote", nullable = false, updatable = false)
    private boolean remote;

    @Column(name = "calculated_amount", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal calculatedAmount;

    @Column(name = "amount", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal amount;

    @Column(name = "exception_reason", length = TEXT_MAX, updatable = false)
    private String exceptionReason;

    @Column(name = "fund_id", nullable = false)
    private long fundId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subsidy_claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "line_no")
    private List<CalculationLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ClaimState state;

    @Column(name = "active_key", length = 80)
    private String activeKey;

    @Column(name = "claimed_by", nullable = false, length = UserName.MAX, updatable = false)
    private String claimedBy;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    private OffsetDateTime claimedAt;

    @Column(name = "reviewed_by", length = UserName.MAX)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "approved_by", length = UserName.MAX)
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "second_approved_by", length = UserName.MAX)
    private String secondApprovedBy;

    @Column(name = "second_approved_at")
    private OffsetDateTime secondApprovedAt;

    @Column(name = "paid_by", length = UserName.MAX)
    private String paidBy;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @Column(name = "rejected_by", length = UserName.MAX)
    private String rejectedBy;

    @Column(name = "rejected_at")
    private OffsetDateTime rejectedAt;

    @Column(name = "rejection_reason", length = TEXT_MAX)
    private String rejectionReason;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "commitment_seq")
    private Long commitmentSeq;

    protected SubsidyClaim() {
        // for JPA
    }

    /**
     * The facts of the case the claim is for, as the cases and lawyers contexts gave them.
     */
    public record ClaimedCase(long caseId, String caseNumber, long unitId, MatterType matterType, long lawyerId,
                              String lawyerName, long firmId, String firmName) {
    }

    /**
     * Records a claim with its calculation.
     *
     * @param amount          the amount claimed; above the calculation only with an exception reason
     *                        (the rule "above the standard" then flags it until an approver accepts it)
     * @throws BusinessException {@code funding.claim.exceptionReasonRequired} when the amount exceeds the
     *                           calculation without a reason; the {@link Yuan} checks of the amount
     */
    public SubsidyClaim(ClaimedCase c, ProcedureStage stage, LocalDate rateDate, SubsidyStandard standard,
                        QualityGrade grade, int extraParties, boolean remote, SubsidyCalculation calculation,
                        BigDecimal amount, String exceptionReason, long fundId, String claimedBy, OffsetDateTime now) {
        this.caseId = c.caseId();
        this.caseNumber = c.caseNumber();
        this.unitId = c.unitId();
        this.matterType = c.matterType();
        this.lawyerId = c.lawyerId();
        this.lawyerName = c.lawyerName();
        this.firmId = c.firmId();
        this.firmName = c.firmName();
        this.stage = Objects.requireNonNull(stage);
        this.rateDate = Objects.requireNonNull(rateDate);
        this.standardId = standard.getId();
        this.grade = grade;
        this.extraParties = extraParties;
        this.remote = remote;
        this.calculatedAmount = calculation.total();
        this.lines.addAll(calculation.lines());
        this.amount = amount == null ? calculatedAmount : Yuan.positive(amount, "field.amount");
        String reason = exceptionReason == null || exceptionReason.isBlank() ? null : exceptionReason.strip();
        if (this.amount.compareTo(calculatedAmount) > 0 && reason == null) {
            throw new BusinessException("funding.claim.exceptionReasonRequired", this.amount, calculatedAmount);
        }
        if (this.amount.signum() <= 0) {
            throw new BusinessException("funding.claim.nothingToPay", caseNumber);
        }
        this.exceptionReason = reason;
        this.fundId = fundId;
        this.state = ClaimState.CLAIMED;
        this.activeKey = keyOf(caseId, lawyerId, stage);
        this.claimedBy = claimedBy;
        this.claimedAt = now;
    }

    /** The one-claim key of a case, lawyer and stage. */
    public static String keyOf(long caseId, long lawyerId, ProcedureStage stage) {
        return caseId + ":" + lawyerId + ":" + stage.name();
    }

    /** Who did which duty on this claim so far. */
    public Map<FinanceDuty, String> duties() {
        Map<FinanceDuty, String> d = new EnumMap<>(FinanceDuty.class);
        d.put(FinanceDuty.CLAIM, claimedBy);
        if (reviewedBy != null) {
            d.put(FinanceDuty.REVIEW, reviewedBy);
        }
        if (approvedBy != null) {
            d.put(FinanceDuty.APPROVE, approvedBy);
        }
        if (secondApprovedBy != null) {
            d.put(FinanceDuty.SECOND_APPROVE, secondApprovedBy);
        }
        if (paidBy != null) {
            d.put(FinanceDuty.PAY, paidBy);
        }
        return d;
    }

    /** Whether the amount exceeds the calculation (an exception to the standard). */
    public boolean isAboveStandard() {
        return amount.compareTo(calculatedAmount) > 0;
    }

    void review(String by, OffsetDateTime now) {
        require(ClaimState.CLAIMED);
        this.reviewedBy = by;
        this.reviewedAt = now;
        this.state = ClaimState.REVIEWED;
    }

    /** Approves; returns true when the approval is final (no second approval needed or given now). */
    boolean approve(String by, boolean needsSecond, OffsetDateTime now) {
        if (state == ClaimState.AWAITING_SECOND) {
            this.secondApprovedBy = by;
            this.secondApprovedAt = now;
            this.state = ClaimState.APPROVED;
            return true;
        }
        require(ClaimState.REVIEWED);
        this.approvedBy = by;
        this.approvedAt = now;
        this.state = needsSecond ? ClaimState.AWAITING_SECOND : ClaimState.APPROVED;
        return !needsSecond;
    }

    void reject(String by, String reason, OffsetDateTime now) {
        if (!(state == ClaimState.CLAIMED || state == ClaimState.REVIEWED || state == ClaimState.AWAITING_SECOND)) {
            throw new BusinessException("funding.claim.wrongState", state.labelKey());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("funding.claim.reasonRequired");
        }
        this.rejectedBy = by;
        this.rejectedAt = now;
        this.rejectionReason = reason.strip();
        this.state = ClaimState.REJECTED;
        this.activeKey = null;
    }

    void addToBatch(long batchId, String by, OffsetDateTime now) {
        require(ClaimState.APPROVED);
        this.batchId = batchId;
        this.paidBy = by;
        this.paidAt = now;
        this.state = ClaimState.BATCHED;
    }

    void confirmPaid() {
        require(ClaimState.BATCHED);
        this.state = ClaimState.PAID;
    }

    /** Charges the claim to another fund before approval (the approver's choice, checked by the boundary). */
    public void chargeTo(long fundId) {
        if (state != ClaimState.CLAIMED && state != ClaimState.REVIEWED && state != ClaimState.AWAITING_SECOND) {
            throw new BusinessException("funding.claim.wrongState", state.labelKey());
        }
        this.fundId = fundId;
    }

    /** Notes the ledger position of the commitment made at the final approval. */
    public void committedAt(long postingSeq) {
        this.commitmentSeq = postingSeq;
    }

    private void require(ClaimState expected) {
        if (state != expected) {
            throw new BusinessException("funding.claim.wrongState", state.labelKey());
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public long getUnitId() { return unitId; }
    public MatterType getMatterType() { return matterType; }
    public ProcedureStage getStage() { return stage; }
    public long getLawyerId() { return lawyerId; }
    public String getLawyerName() { return lawyerName; }
    public long getFirmId() { return firmId; }
    public String getFirmName() { return firmName; }
    public LocalDate getRateDate() { return rateDate; }
    public long getStandardId() { return standardId; }
    public QualityGrade getGrade() { return grade; }
    public int getExtraParties() { return extraParties; }
    public boolean isRemote() { return remote; }
    public BigDecimal getCalculatedAmount() { return calculatedAmount; }
    public BigDecimal getAmount() { return amount; }
    public String getExceptionReason() { return exceptionReason; }
    public long getFundId() { return fundId; }
    public List<CalculationLine> getLines() { return Collections.unmodifiableList(lines); }
    public ClaimState getState() { return state; }
    public String getClaimedBy() { return claimedBy; }
    public OffsetDateTime getClaimedAt() { return claimedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public OffsetDateTime getReviewedAt() { return reviewedAt; }
    public String getApprovedBy() { return approvedBy; }
    public OffsetDateTime getApprovedAt() { return approvedAt; }
    public String getSecondApprovedBy() { return secondApprovedBy; }
    public OffsetDateTime getSecondApprovedAt() { return secondApprovedAt; }
    public String getPaidBy() { return paidBy; }
    public OffsetDateTime getPaidAt() { return paidAt; }
    public String getRejectedBy() { return rejectedBy; }
    public OffsetDateTime getRejectedAt() { return rejectedAt; }
    public String getRejectionReason() { return rejectionReason; }
    public Long getBatchId() { return batchId; }
    public Long getCommitmentSeq() { return commitmentSeq; }
}
