package org.legalaid.lawyers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A lawyer or legal service worker as the officer admits one to the pool (准入). Bean Validation
 * checks each field; the ID number is {@code ResidentIdNumber}, the dates are checked against
 * today by {@link Lawyer}.
 */
public class NewLawyer implements Serializable {

    @NotNull
    private Long firmId;

    @NotNull
    private LawyerKind kind = LawyerKind.LAWYER;

    @NotBlank
    @Size(max = Lawyer.NAME_MAX)
    @PlainText
    private String name;

    /** 居民身份证 number as typed; parsed by the service. */
    @NotBlank
    @Size(max = 20)
    private String idNumber;

    @Size(max = Lawyer.PHONE_MAX)
    @Pattern(regexp = "[0-9+\\- ]{5,30}")
    private String phone;

    /** 执业证号 (17 digits for a lawyer) or the worker's 执业证 number. */
    @NotBlank
    @Size(max = Lawyer.LICENCE_MAX)
    @Pattern(regexp = "[0-9A-Za-z\\-]+")
    private String licenceNumber;

    @NotNull
    private LocalDate licenceDate;

    /** Since when the lawyer has practised criminal defence; empty when never. */
    private LocalDate criminalPracticeSince;

    /** Has handled minors' cases (LAL art. 26). */
    private boolean juvenileExperience;

    @NotNull
    @Min(1)
    @Max(Lawyer.MAX_OPEN_CASES_LIMIT)
    private Integer maxOpenCases = 10;

    private Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);

    /** {@link LanguageCodes}; Mandarin is assumed and need not be listed. */
    private Set<@Pattern(regexp = "[a-z]{2,3}") String> languages = new LinkedHashSet<>();

    /** Districts served (administrative division codes); at least one. */
    @Size(min = 1)
    private Set<@Pattern(regexp = "\\d{6}") String> regions = new LinkedHashSet<>();

    public Long getFirmId() { return firmId; }
    public void setFirmId(Long firmId) { this.firmId = firmId; }
    public LawyerKind getKind() { return kind; }
    public void setKind(LawyerKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public LocalDate getLicenceDate() { return licenceDate; }
    public void setLicenceDate(LocalDate licenceDate) { this.licenceDate = licenceDate; }
    public LocalDate getCriminalPracticeSince() { return criminalPracticeSince; }
    public void setCriminalPracticeSince(LocalDate criminalPracticeSince) { this.criminalPracticeSince = criminalPracticeSince; }
    public boolean isJuvenileExperience() { return juvenileExperience; }
    public void setJuvenileExperience(boolean juvenileExperience) { this.juvenileExperience = juvenileExperience; }
    public Integer getMaxOpenCases() { return maxOpenCases; }
    public void setMaxOpenCases(Integer maxOpenCases) { this.maxOpenCases = maxOpenCases; }
    public Set<Specialty> getSpecialties() { return specialties; }
    public void setSpecialties(Set<Specialty> specialties) { this.specialties = specialties; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages; }
    public Set<String> getRegions() { return regions; }
    public void setRegions(Set<String> regions) { this.regions = regions; }
}
