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
 * A complaint as the handler writes it down or the complainant types it on the public form (order
 * 149 art. 9–10): who complains, against whom, about which case, the facts, the ground of art. 7 and
 * the day the complainant knew of the matter (for art. 8). The respondent is picked from the
 * registries by the handler ({@link #getRespondentId()} or {@link #getRespondentUsername()}); the
 * public form names the respondent in words ({@link #getRespondentName()}), which the handler checks
 * at acceptance. {@link #getObjection()} marks what is really an objection (LAL art. 49): it is
 * routed there, never recorded as a complaint.
 */
public class ComplaintForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private ComplaintChannel channel;

    @NotBlank
    @Size(max = Complaint.NAME_MAX)
    @PlainText
    private String complainantName;

    @Size(max = Complaint.PHONE_MAX)
    @Pattern(regexp = "[0-9+\\- ]*", message = "{legalaid.complaints.phone}")
    private String complainantPhone;

    @Size(max = Complaint.ADDRESS_MAX)
    @PlainText
    private String complainantAddress;

    @NotNull(message = "{legalaid.complaints.respondentMissing}")
    private RespondentType respondentType;

    /** The unit (centre), firm or lawyer complained about, by id; null for a staff member or on the public form. */
    private Long respondentId;

    @Size(max = org.legalaid.shared.UserName.MAX)
    @PlainText
    private String respondentUsername;

    /** The respondent in the complainant's words (public form); the registry's name otherwise. */
    @Size(max = Complaint.NAME_MAX)
    @PlainText
    private String respondentName;

    private Long caseId;

    @NotNull
    private ComplaintGround ground;

    private ObjectionRoute objection;

    @NotBlank
    @Size(max = Complaint.FACTS_MAX)
    @PlainText
    private String facts;

    @NotNull
    @PastOrPresent
    private LocalDate knewOn;

    /** Whether anything names the respondent (registry id, user name or words). */
    public boolean namesRespondent() {
        return respondentType != null && (respondentId != null || (respondentUsername != null && !respondentUsername.isBlank())
                || (respondentName != null && !respondentName.isBlank()));
    }

    public ComplaintChannel getChannel() { return channel; }
    public void setChannel(ComplaintChannel channel) { this.channel = channel; }
    public String getComplainantName() { return complainantName; }
    public void setComplainantName(String complainantName) { this.complainantName = complainantName; }
    public String getComplainantPhone() { return complainantPhone; }
    public void setComplainantPhone(String complainantPhone) { this.complainantPhone = complainantPhone; }
    public String getComplainantAddress() { return complainantAddress; }
    public void setComplainantAddress(String complainantAddress) { this.complainantAddress = complainantAddress; }
    public RespondentType getRespondentType() { return respondentType; }
    public void setRespondentType(RespondentType respondentType) { this.respondentType = respondentType; }
    public Long getRespondentId() { return respondentId; }
    public void setRespondentId(Long respondentId) { this.respondentId = respondentId; }
    public String getRespondentUsername() { return respondentUsername; }
    public void setRespondentUsername(String respondentUsername) { this.respondentUsername = respondentUsername; }
    public String getRespondentName() { return respondentName; }
    public void setRespondentName(String respondentName) { this.respondentName = respondentName; }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public ComplaintGround getGround() { return ground; }
    public void setGround(ComplaintGround ground) { this.ground = ground; }
    public ObjectionRoute getObjection() { return objection; }
    public void setObjection(ObjectionRoute objection) { this.objection = objection; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public LocalDate getKnewOn() { return knewOn; }
    public void setKnewOn(LocalDate knewOn) { this.knewOn = knewOn; }
}
