package org.legalaid.complaints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A complaint as a citizen files it on the public online form or through
 * {@code POST /api/v1/public/complaints}, without signing in (MoJ order 149 art. 9: 网上投诉). The
 * citizen cannot browse the registries, so the respondent is named in words with its type; the
 * handler checks it at acceptance. A case number, if the complainant knows it, is kept as typed and
 * never looked up (a public form must not tell whether a case exists).
 *
 * <p>Stricter than the handler's {@link ComplaintForm}: a contact phone is required (the complainant is
 * told of the acceptance and asked for missing information by it, art. 12, 15, and its last four digits
 * guard the status look-up), and every field has its limit. Names are plain text (no {@code < >});
 * the facts are the citizen's own account and may hold any character but control characters — they
 * are stored as typed and shown escaped.
 */
public class PublicComplaintForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Mobile (11 digits) or landline with its area code; spaces and hyphens allowed between digits. */
    public static final String PHONE_PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

    /** Printable text with line breaks and tabs: no other control characters. */
    static final String TEXT_PATTERN = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    /** The centre chosen from the public list of the city's centres; null for the city centre. */
    private Long unitId;

    @NotBlank
    @Size(max = Complaint.NAME_MAX)
    @PlainText
    private String complainantName;

    @NotBlank
    @Pattern(regexp = PHONE_PATTERN, message = "{legalaid.validation.phone}")
    private String complainantPhone;

    @Size(max = Complaint.ADDRESS_MAX)
    @PlainText
    private String complainantAddress;

    @NotNull(message = "{legalaid.complaints.respondentMissing}")
    private RespondentType respondentType;

    @NotBlank(message = "{legalaid.complaints.respondentMissing}")
    @Size(max = Complaint.NAME_MAX)
    @PlainText
    private String respondentName;

    @Size(max = Complaint.CASE_NUMBER_MAX)
    @PlainText
    private String caseNumber;

    @NotNull
    private ComplaintGround ground;

    @NotBlank
    @Size(max = Complaint.FACTS_MAX)
    @Pattern(regexp = TEXT_PATTERN, message = "{legalaid.validation.plainText}")
    private String facts;

    @NotNull
    @PastOrPresent
    private LocalDate knewOn;

    /** The handler's form for this complaint: channel ONLINE, the respondent in the complainant's words. */
    ComplaintForm toComplaintForm() {
        ComplaintForm f = new ComplaintForm();
        f.setChannel(ComplaintChannel.ONLINE);
        f.setComplainantName(complainantName);
        f.setComplainantPhone(complainantPhone);
        f.setComplainantAddress(complainantAddress);
        f.setRespondentType(respondentType);
        f.setRespondentName(respondentName);
        f.setGround(ground);
        f.setFacts(facts);
        f.setKnewOn(knewOn);
        return f;
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getComplainantName() { return complainantName; }
    public void setComplainantName(String complainantName) { this.complainantName = complainantName; }
    public String getComplainantPhone() { return complainantPhone; }
    public void setComplainantPhone(String complainantPhone) {
        this.complainantPhone = complainantPhone == null ? null : complainantPhone.replace(" ", "");
    }
    public String getComplainantAddress() { return complainantAddress; }
    public void setComplainantAddress(String complainantAddress) { this.complainantAddress = complainantAddress; }
    public RespondentType getRespondentType() { return respondentType; }
    public void setRespondentType(RespondentType respondentType) { this.respondentType = respondentType; }
    public String getRespondentName() { return respondentName; }
    public void setRespondentName(String respondentName) { this.respondentName = respondentName; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public ComplaintGround getGround() { return ground; }
    public void setGround(ComplaintGround ground) { this.ground = ground; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public LocalDate getKnewOn() { return knewOn; }
    public void setKnewOn(LocalDate knewOn) { this.knewOn = knewOn; }
}
