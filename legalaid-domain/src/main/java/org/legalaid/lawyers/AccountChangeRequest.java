package org.legalaid.lawyers;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.legalaid.shared.RequestState;
import org.legalaid.shared.SecondPersonApproval;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A request to change a firm's registered bank account, waiting for a second person — the centre's
 * director (approver) or a finance approver, never the requester (issue 4; docs/domain.md "Funding":
 * payments go only to the registered account, so one person alone never redirects them). Only
 * approval copies the account into the firm ({@link LawFirm#registerAccount}).
 */
@Entity
@Table(name = "firm_account_request")
public class AccountChangeRequest implements Serializable {

    @Id
    @SequenceGenerator(name = "firm_account_request_seq", sequenceName = "firm_account_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "firm_account_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "bank_name", nullable = false, length = LawFirm.BANK_NAME_MAX, updatable = false)
    private String bankName;

    @Column(name = "bank_account_name", nullable = false, length = LawFirm.ACCOUNT_NAME_MAX, updatable = false)
    private String accountName;

    @Column(name = "bank_account_no", nullable = false, length = LawFirm.ACCOUNT_NO_MAX, updatable = false)
    private String accountNo;

    @Column(name = "reason", nullable = false, length = StatusChange.REASON_MAX, updatable = false)
    private String reason;

    @Embedded
    private SecondPersonApproval approval;

    protected AccountChangeRequest() {
        // for JPA
    }

    /**
     * Asks to register {@code account} for {@code firm}. The number is kept without spaces.
     *
     * @throws BusinessException {@code lawyers.account.unchanged} when it is the account already registered
     */
    public AccountChangeRequest(LawFirm firm, NewBankAccount account, String requestedBy, OffsetDateTime now) {
        String number = account.getAccountNo().replace(" ", "");
        if (number.equals(firm.getBankAccountNo()) && account.getBankName().strip().equals(firm.getBankName())
                && account.getAccountName().strip().equals(firm.getBankAccountName())) {
            throw new BusinessException("lawyers.account.unchanged");
        }
        this.firmId = firm.getId();
        this.bankName = account.getBankName().strip();
        this.accountName = account.getAccountName().strip();
        this.accountNo = number;
        this.reason = account.getReason().strip();
        this.approval = SecondPersonApproval.requestedBy(requestedBy, now);
    }

    /**
     * Approves and registers the account with the firm.
     *
     * @throws BusinessException {@code approval.decided}, {@code approval.deciderIsRequester}
     */
    public void approve(LawFirm firm, String approvedBy, String note, OffsetDateTime now) {
        if (!Objects.equals(firm.getId(), firmId)) {
            throw new IllegalArgumentException("request " + id + " is for firm " + firmId);
        }
        approval.checkApproval(approvedBy, note);
        firm.registerAccount(bankName, accountName, accountNo);
        approval.approve(approvedBy, note, now);
    }

    /**
     * Rejects, with the reason the requester will read; the firm's account stays as it was.
     *
     * @throws BusinessException {@code approval.decided}, {@code approval.deciderIsRequester},
     *                           {@code approval.noteRequired}
     */
    public void reject(String rejectedBy, String note, OffsetDateTime now) {
        approval.reject(rejectedBy, note, now);
    }

    /** The account number with all but the last four digits hidden, for lists. */
    public String getAccountNoMasked() {
        return accountNo.length() <= 4 ? accountNo : "*".repeat(accountNo.length() - 4) + accountNo.substring(accountNo.length() - 4);
    }

    public boolean isPending() {
        return approval.isPending();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getFirmId() { return firmId; }
    public String getBankName() { return bankName; }
    public String getAccountName() { return accountName; }
    public String getAccountNo() { return accountNo; }
    public String getReason() { return reason; }
    public SecondPersonApproval getApproval() { return approval; }
    public String getRequestedBy() { return approval.getRequestedBy(); }
    public OffsetDateTime getRequestedAt() { return approval.getRequestedAt(); }
    public RequestState getState() { return approval.getState(); }
    public String getDecidedBy() { return approval.getDecidedBy(); }
    public OffsetDateTime getDecidedAt() { return approval.getDecidedAt(); }
    public String getDecisionNote() { return approval.getDecisionNote(); }
}
