package org.legalaid.lawyers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;



/**
 * A bank account as the officer asks to register it for a firm (the only account legal aid
 * subsidies are paid to), with why it changes. It takes effect only when a second person approves.
 */
public class NewBankAccount implements Serializable {

    @NotBlank
    @Size(max = LawFirm.BANK_NAME_MAX)
    @PlainText
    private String bankName;

    /** The account holder's name, normally the firm's registered name. */
    @NotBlank
    @Size(max = LawFirm.ACCOUNT_NAME_MAX)
    @PlainText
    private String accountName;

    /** Digits, spaces allowed between groups as printed on bank documents. */
    @NotBlank
    @Size(max = LawFirm.ACCOUNT_NO_MAX)
    @Pattern(regexp = "[0-9][0-9 ]{6,38}[0-9]")
    private String accountNo;

    @NotBlank
    @Size(max = StatusChange.REASON_MAX)
    @PlainText
    private String reason;

    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public String getAccountNo() { return accountNo; }
    public void setAccountNo(String accountNo) { this.accountNo = accountNo; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
