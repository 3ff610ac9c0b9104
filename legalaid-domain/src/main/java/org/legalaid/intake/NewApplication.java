package org.legalaid.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What an intake clerk fills in for an application (申请, docs/domain.md "Case lifecycle" 2), once
 * the applicant is registered: the matter, the opposing party, how it came in and which
 * materials were handed in.
 */
public class NewApplication implements Serializable {

    /** The registered applicant; required at the window (checked by the service), set by the service online. */
    private Long applicantId;

    /** The consultation it grew out of, when there was one. */
    private Long consultationId;

    @NotNull
    private MatterType matterType;

    @NotNull
    private MatterCategory matterCategory;

    @NotBlank
    @Size(max = Application.FACTS_MAX)
    @PlainText
    private String facts;

    @Size(max = Application.NAME_MAX)
    @PlainText
    private String opposingPartyName;

    @Size(max = 20)
    private String opposingPartyIdNumber;

    @Past
    private LocalDate opposingPartyBirthDate;

    @NotNull
    private ApplicationChannel channel;

    @Size(max = Application.PLACE_MAX)
    @PlainText
    private String custodyFacility;

    /** When the custody facility, case-handling organ or duty lawyer received the application. */
    @PastOrPresent
    private LocalDateTime custodyReceivedAt;

    /** The 6-digit administrative division whose hardship standard applies. */
    @NotNull
    @Pattern(regexp = "[0-9]{6}", message = "{legalaid.validation.regionCode}")
    private String regionCode;

    private Set<SupportingDocument> documents = new HashSet<>();

    /**
     * In a criminal matter: the applicant may be sentenced to life imprisonment or death, or is a
     * defendant in death-penalty review — the lawyer needs 3+ years of criminal practice (LAL art. 26).
     */
    private boolean lifeOrDeath;

    /** The language the applicant needs (sign language {@code csl}, a minority language), optional. */
    @Pattern(regexp = "[a-z]{2,3}", message = "{legalaid.validation.languageCode}")
    private String clientLanguage;

    public Set<SupportingDocument> documentSet() {
        return documents == null || documents.isEmpty() ? EnumSet.noneOf(SupportingDocument.class) : EnumSet.copyOf(documents);
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public void setApplicantId(Long applicantId) {
        this.applicantId = applicantId;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }

    public MatterType getMatterType() {
        return matterType;
    }

    public void setMatterType(MatterType matterType) {
        this.matterType = matterType;
    }

    public MatterCategory getMatterCategory() {
        return matterCategory;
    }

    public void setMatterCategory(MatterCategory matterCategory) {
        this.matterCategory = matterCategory;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getOpposingPartyName() {
        return opposingPartyName;
    }

    public void setOpposingPartyName(String opposingPartyName) {
        this.opposingPartyName = opposingPartyName;
    }

    public String getOpposingPartyIdNumber() {
        return opposingPartyIdNumber;
    }

    public void setOpposingPartyIdNumber(String opposingPartyIdNumber) {
        this.opposingPartyIdNumber = opposingPartyIdNumber == null || opposingPartyIdNumber.isBlank() ? null : opposingPartyIdNumber.strip();
    }

    public LocalDate getOpposingPartyBirthDate() {
        return opposingPartyBirthDate;
    }

    public void setOpposingPartyBirthDate(LocalDate opposingPartyBirthDate) {
        this.opposingPartyBirthDate = opposingPartyBirthDate;
    }

    public ApplicationChannel getChannel() {
        return channel;
    }

    public void setChannel(ApplicationChannel channel) {
        this.channel = channel;
    }

    public String getCustodyFacility() {
        return custodyFacility;
    }

    public void setCustodyFacility(String custodyFacility) {
        this.custodyFacility = custodyFacility;
    }

    public LocalDateTime getCustodyReceivedAt() {
        return custodyReceivedAt;
    }

    public void setCustodyReceivedAt(LocalDateTime custodyReceivedAt) {
        this.custodyReceivedAt = custodyReceivedAt;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public boolean isLifeOrDeath() {
        return lifeOrDeath;
    }

    public void setLifeOrDeath(boolean lifeOrDeath) {
        this.lifeOrDeath = lifeOrDeath;
    }

    public String getClientLanguage() {
        return clientLanguage;
    }

    public void setClientLanguage(String clientLanguage) {
        this.clientLanguage = clientLanguage == null || clientLanguage.isBlank() ? null : clientLanguage.strip();
    }

    public Set<SupportingDocument> getDocuments() {
        return documents;
    }

    public void setDocuments(Set<SupportingDocument> documents) {
        this.documents = documents == null ? new HashSet<>() : documents;
    }
}
