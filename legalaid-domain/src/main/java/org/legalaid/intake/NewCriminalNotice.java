package org.legalaid.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A notice from a court, procuratorate or police that a suspect or defendant needs a defence
 * lawyer (通知辩护, LAL art. 25, 36): what a clerk types from the paper notice, and what an
 * organ's system posts to the API. Bean Validation checks each field; the consistency of organ,
 * stage and grounds is {@link NoticeRules}, the ID number {@link ResidentIdNumber}.
 */
public class NewCriminalNotice implements Serializable {

    @NotNull
    private NotifyingOrganType organType;

    @NotBlank
    @Size(max = CriminalNotice.ORGAN_NAME_MAX)
    @PlainText
    private String organName;

    /** The organ's own document number, e.g. （2026）鲁0203刑初123号. */
    @NotBlank
    @Size(max = CriminalNotice.DOCUMENT_NUMBER_MAX)
    @PlainText
    private String organDocumentNumber;

    /**
     * When the notice reached the centre, China Standard Time; now when empty. Only a clerk who
     * records a paper notice afterwards sets it: for an organ's API call it is always the moment of
     * the call.
     */
    private LocalDateTime receivedAt;

    @NotBlank
    @Size(max = CriminalNotice.NAME_MAX)
    @PlainText
    private String defendantName;

    /** 居民身份证 number, optional (a foreigner has none); checked against GB 11643. */
    @Size(max = 20)
    private String defendantIdNumber;

    /** Only needed without an ID number; with one it must agree with the number. */
    private LocalDate defendantBirthDate;

    /** 涉嫌罪名. */
    @NotBlank
    @Size(max = CriminalNotice.CHARGE_MAX)
    @PlainText
    private String charge;

    @NotNull
    private ProceedingStage stage;

    @NotEmpty(message = "{legalaid.validation.defenceGroundRequired}")
    private Set<MandatoryDefenceGround> grounds = new HashSet<>();

    /**
     * The notifying organ's district (GB/T 2260 code), optional: the case belongs to it; when empty,
     * to the district of the receiving centre (issue 21).
     */
    @Pattern(regexp = "[0-9]{6}", message = "{legalaid.validation.regionCode}")
    private String organRegionCode;

    /**
     * The language the defendant needs, optional: {@code csl} (Chinese Sign Language) for a deaf
     * or mute defendant, a minority language's code (the lawyers' registry's codes).
     */
    @Pattern(regexp = "[a-z]{2,3}", message = "{legalaid.validation.languageCode}")
    private String defendantLanguage;

    /** 羁押场所, e.g. the detention centre; empty when not detained. */
    @Size(max = CriminalNotice.DETENTION_PLACE_MAX)
    @PlainText
    private String detentionPlace;

    @Size(max = CriminalNotice.NOTES_MAX)
    @PlainText
    private String notes;

    public NotifyingOrganType getOrganType() {
        return organType;
    }

    public void setOrganType(NotifyingOrganType organType) {
        this.organType = organType;
    }

    public String getOrganName() {
        return organName;
    }

    public void setOrganName(String organName) {
        this.organName = strip(organName);
    }

    public String getOrganDocumentNumber() {
        return organDocumentNumber;
    }

    public void setOrganDocumentNumber(String organDocumentNumber) {
        this.organDocumentNumber = strip(organDocumentNumber);
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getDefendantName() {
        return defendantName;
    }

    public void setDefendantName(String defendantName) {
        this.defendantName = strip(defendantName);
    }

    public String getDefendantIdNumber() {
        return defendantIdNumber;
    }

    public void setDefendantIdNumber(String defendantIdNumber) {
        this.defendantIdNumber = blankToNull(defendantIdNumber);
    }

    public LocalDate getDefendantBirthDate() {
        return defendantBirthDate;
    }

    public void setDefendantBirthDate(LocalDate defendantBirthDate) {
        this.defendantBirthDate = defendantBirthDate;
    }

    public String getCharge() {
        return charge;
    }

    public void setCharge(String charge) {
        this.charge = strip(charge);
    }

    public ProceedingStage getStage() {
        return stage;
    }

    public void setStage(ProceedingStage stage) {
        this.stage = stage;
    }

    public Set<MandatoryDefenceGround> getGrounds() {
        return grounds;
    }

    public void setGrounds(Set<MandatoryDefenceGround> grounds) {
        this.grounds = new HashSet<>();
        if (grounds != null) {
            grounds.stream().filter(Objects::nonNull).forEach(this.grounds::add);
        }
    }

    public String getOrganRegionCode() {
        return organRegionCode;
    }

    public void setOrganRegionCode(String organRegionCode) {
        this.organRegionCode = blankToNull(organRegionCode);
    }

    public String getDefendantLanguage() {
        return defendantLanguage;
    }

    public void setDefendantLanguage(String defendantLanguage) {
        this.defendantLanguage = blankToNull(defendantLanguage);
    }

    public String getDetentionPlace() {
        return detentionPlace;
    }

    public void setDetentionPlace(String detentionPlace) {
        this.detentionPlace = blankToNull(detentionPlace);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = blankToNull(notes);
    }

    EnumSet<MandatoryDefenceGround> groundSet() {
        return grounds.isEmpty() ? EnumSet.noneOf(MandatoryDefenceGround.class) : EnumSet.copyOf(grounds);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
