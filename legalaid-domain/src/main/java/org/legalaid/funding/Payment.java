package org.legalaid.funding;

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

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One payment of a batch: an approved claim's amount to the registered account of the lawyer's firm,
 * as it stood when the payment was made (the account is copied, so a later change of registration
 * shows). Its reference ({@code FA} and the claim's number) travels in the bank file and comes back
 * on the statement for reconciliation.
 *
 * <p>One case, one lawyer, one stage is paid at most once: {@code active_key} (unique) holds
 * "case:lawyer:stage" until the bank returns the payment.
 */
@Entity
@Table(name = "subsidy_payment")
public class Payment implements Serializable {

    @Id
    @SequenceGenerator(name = "subsidy_payment_seq", sequenceName = "subsidy_payment_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subsidy_payment_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private long batchId;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30, updatable = false)
    private ProcedureStage stage;

    @Column(name = "reference", nullable = false, unique = true, length = 30, updatable = false)
    private String reference;

    @Column(name = "payee_name", nullable = false, length = 100, updatable = false)
    private String payeeName;

    @Column(name = "bank_name", nullable = false, length = 100, updatable = false)
    private String bankName;

    @Column(name = "account_no", nullable = false, length = 40, updatable = false)
    private String accountNo;

    @Column(name = "amount", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PaymentState state;

    @Column(name = "active_key", length = 80)
    private String activeKey;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Payment() {
        // for JPA
    }

    /** The registered account a payment goes to. */
    public record PayeeAccount(String holder, String bankName, String accountNo) {
    }

    /**
     * @throws BusinessException {@code funding.payment.noAccount} (firm) when the firm has no registered account
     */
    public Payment(long batchId, SubsidyClaim claim, PayeeAccount account, OffsetDateTime now) {
        if (account == null || account.accountNo() == null || account.accountNo().isBlank()) {
            throw new BusinessException("funding.payment.noAccount", claim.getFirmName());
        }
        this.batchId = batchId;
        this.claimId = claim.getId();
        this.caseId = claim.getCaseId();
        this.lawyerId = claim.getLawyerId();
        this.firmId = claim.getFirmId();
        this.fundId = claim.getFundId();
        this.stage = claim.getStage();
        this.reference = referenceOf(claim.getId());
        this.payeeName = account.holder();
        this.bankName = account.bankName();
        this.accountNo = account.accountNo();
        this.amount = claim.getAmount();
        this.state = PaymentState.PENDING;
        this.activeKey = SubsidyClaim.keyOf(caseId, lawyerId, stage);
        this.createdAt = now;
    }

    /** The payment reference of a claim, as it goes to the bank and comes back on the statement. */
    public static String referenceOf(long claimId) {
        return "FA" + String.format("%010d", claimId);
    }

    /** The bank confirmed the payment on {@code day}. */
    public void confirm(LocalDate day) {
        if (state != PaymentState.PENDING) {
            throw new BusinessException("funding.payment.notPending", reference);
        }
        this.state = PaymentState.PAID;
        this.paidOn = day;
    }

    public Long getId() { return id; }
    public long getBatchId() { return batchId; }
    public long getClaimId() { return claimId; }
    public long getCaseId() { return caseId; }
    public long getLawyerId() { return lawyerId; }
    public long getFirmId() { return firmId; }
    public long getFundId() { return fundId; }
    public ProcedureStage getStage() { return stage; }
    public String getReference() { return reference; }
    public String getPayeeName() { return payeeName; }
    public String getBankName() { return bankName; }
    public String getAccountNo() { return accountNo; }
    public BigDecimal getAmount() { return amount; }
    public PaymentState getState() { return state; }
    public LocalDate getPaidOn() { return paidOn; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
