package org.legalaid.lawyers;

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
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A law firm 律师事务所 or basic legal service office 基层法律服务所 in the legal aid pool (LAL
 * art. 16: law firms and lawyers have a duty to provide legal aid).
 *
 * <p>Rules held here: the credit code is a valid GB 32100 code ({@link UnifiedSocialCreditCode},
 * parsed before the firm is built; the database keeps it unique); the registered bank account —
 * the only account legal aid subsidies go to — is not set by registration or by editing the firm,
 * only by {@link #registerAccount}, which the service calls when a second person approves a change.
 */
@Entity
@Table(name = "law_firm")
public class LawFirm implements Serializable {

    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int CONTACT_MAX = 50;
    public static final int PHONE_MAX = 30;
    public static final int BANK_NAME_MAX = 100;
    public static final int ACCOUNT_NAME_MAX = 100;
    public static final int ACCOUNT_NO_MAX = 40;

    @Id
    @SequenceGenerator(name = "law_firm_seq", sequenceName = "law_firm_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "law_firm_seq")
    private Long id;

    @Version
    private long version;

    /** The centre or bureau that keeps the firm in its pool (organisation context, by id). */
    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private FirmKind kind;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "credit_code", nullable = false, length = UnifiedSocialCreditCode.LENGTH, updatable = false)
    private String creditCode;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "address", nullable = false, length = ADDRESS_MAX)
    private String address;

    @Column(name = "contact_person", nullable = false, length = CONTACT_MAX)
    private String contactPerson;

    @Column(name = "contact_phone", nullable = false, length = PHONE_MAX)
    private String contactPhone;

    @Column(name = "bank_name", length = BANK_NAME_MAX)
    private String bankName;

    @Column(name = "bank_account_name", length = ACCOUNT_NAME_MAX)
    private String bankAccountName;

    @Column(name = "bank_account_no", length = ACCOUNT_NO_MAX)
    private String bankAccountNo;

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected LawFirm() {
        // for JPA
    }

    /**
     * Registers a firm.
     *
     * @param form       the registration (validated by Bean Validation)
     * @param creditCode the parsed credit code
     * @param unitId     the unit whose pool the firm joins
     */
    public LawFirm(NewLawFirm form, UnifiedSocialCreditCode creditCode, long unitId, String createdBy, OffsetDateTime now) {
        this.unitId = unitId;
        this.kind = Objects.requireNonNull(form.getKind());
        this.creditCode = creditCode.value();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        updateDetails(form);
    }

    /** Changes name, kind, region, address and contact; never the credit code or the account. */
    public void updateDetails(NewLawFirm form) {
        this.kind = Objects.requireNonNull(form.getKind());
        this.name = form.getName().strip();
        this.regionCode = form.getRegionCode();
        this.address = form.getAddress().strip();
        this.contactPerson = form.getContactPerson().strip();
        this.contactPhone = form.getContactPhone().strip();
    }

    /**
     * Makes an approved account the registered one. Only the service's approval of an account
     * change calls this: the change, its requester and its approver are kept in their own record.
     */
    public void registerAccount(String bankName, String accountName, String accountNo) {
        this.bankName = Objects.requireNonNull(bankName).strip();
        this.bankAccountName = Objects.requireNonNull(accountName).strip();
        this.bankAccountNo = Objects.requireNonNull(accountNo).strip();
    }

    public boolean hasRegisteredAccount() {
        return bankAccountNo != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getUnitId() { return unitId; }
    public FirmKind getKind() { return kind; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public String getRegionCode() { return regionCode; }
    public String getAddress() { return address; }
    public String getContactPerson() { return contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public String getBankName() { return bankName; }
    public String getBankAccountName() { return bankAccountName; }
    public String getBankAccountNo() { return bankAccountNo; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
