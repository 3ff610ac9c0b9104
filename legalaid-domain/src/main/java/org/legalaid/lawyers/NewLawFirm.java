package org.legalaid.lawyers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;



/**
 * A firm or basic legal service office as the officer registers it. Bean Validation checks each
 * field; the credit code's check character is {@link UnifiedSocialCreditCode}. The bank account is
 * not part of registration: it is set through an approved account change, so that one person alone
 * never decides where subsidies are paid.
 */
public class NewLawFirm implements Serializable {

    @NotNull
    private FirmKind kind = FirmKind.LAW_FIRM;

    @NotBlank
    @Size(max = LawFirm.NAME_MAX)
    @PlainText
    private String name;

    /** 统一社会信用代码 as typed; parsed by the service. */
    @NotBlank
    @Size(max = 30)
    private String creditCode;

    /** The district (administrative division code) where the firm is. */
    @NotNull
    @Pattern(regexp = "\\d{6}")
    private String regionCode;

    @NotBlank
    @Size(max = LawFirm.ADDRESS_MAX)
    @PlainText
    private String address;

    @NotBlank
    @Size(max = LawFirm.CONTACT_MAX)
    @PlainText
    private String contactPerson;

    @NotBlank
    @Size(max = LawFirm.PHONE_MAX)
    @Pattern(regexp = "[0-9+\\- ]{5,30}")
    private String contactPhone;

    public FirmKind getKind() { return kind; }
    public void setKind(FirmKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
}
