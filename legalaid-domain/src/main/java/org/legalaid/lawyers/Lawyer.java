package org.legalaid.lawyers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.Sex;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A lawyer 律师 or basic legal service worker 基层法律服务工作者 in the legal aid pool.
 *
 * <p>Rules held here: the licence date and the start of criminal practice are not in the future
 * and criminal practice does not start before the licence (years of practice are derived from
 * them, {@link PracticeYears}, LAL art. 26); a legal service worker declares no criminal practice
 * (LAL art. 13 gives criminal defence to lawyers); a new member starts {@link LawyerStatus#ADMITTED}
 * and moves only by a validated {@link StatusChange}; only an {@link LawyerStatus#ACTIVE} lawyer
 * gets new work. The count of open cases is written by the assignment's conditional update only
 * (never by this entity), so an edit of the profile can never overwrite it.
 */
@Entity
@Table(name = "lawyer")
public class Lawyer implements Serializable {

    public static final int NAME_MAX = 50;
    public static final int PHONE_MAX = 30;
    public static final int LICENCE_MAX = 30;
    public static final int MAX_OPEN_CASES_LIMIT = 99;

    @Id
    @SequenceGenerator(name = "lawyer_seq", sequenceName = "lawyer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lawyer_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private LawyerKind kind;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "id_number", nullable = false, length = ResidentIdNumber.LENGTH, updatable = false)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 10, updatable = false)
    private Sex sex;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "licence_number", nullable = false, length = LICENCE_MAX)
    private String licenceNumber;

    @Column(name = "licence_date", nullable = false)
    private LocalDate licenceDate;

    @Column(name = "criminal_practice_since")
    private LocalDate criminalPracticeSince;

    @Column(name = "juvenile_experience", nullable = false)
    private boolean juvenileExperience;

    @Column(name = "max_open_cases", nullable = false)
    private int maxOpenCases;

    /** Written only by the assignment's and the closing's conditional updates. */
    @Column(name = "open_cases", nullable = false, insertable = false, updatable = false)
    private int openCases;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LawyerStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lawyer_specialty", joinColumns = @JoinColumn(name = "lawyer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialty", nullable = false, length = 30)
    private Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lawyer_language", joinColumns = @JoinColumn(name = "lawyer_id"))
    @Column(name = "language_code", nullable = false, length = 10)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lawyer_region", joinColumns = @JoinColumn(name = "lawyer_id"))
    @Column(name = "region_code", nullable = false, length = 6)
    private Set<String> regions = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Lawyer() {
        // for JPA
    }

    /**
     * Admits a lawyer to the pool (准入): status {@link LawyerStatus#ADMITTED} from today.
     *
     * @param form     the admission (validated by Bean Validation)
     * @param idNumber the parsed ID number; birth date and sex come from it
     * @param today    the current day in China
     * @throws BusinessException see {@link #updateProfile}
     */
    public Lawyer(NewLawyer form, ResidentIdNumber idNumber, String createdBy, LocalDate today, OffsetDateTime now) {
        this.idNumber = idNumber.value();
        this.sex = idNumber.sex();
        this.birthDate = idNumber.birthDate();
        this.status = LawyerStatus.ADMITTED;
        this.statusSince = today;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        updateProfile(form, today);
    }

    /**
     * Changes the profile: firm, kind, name, phone, licence, practice, capacity, specialties,
     * languages and regions. The ID number and the status do not change here.
     *
     * @throws BusinessException {@code lawyers.practiceYears.licenceDateInFuture} (date);
     *                           {@code lawyers.lawyer.criminalPracticeInFuture} (date);
     *                           {@code lawyers.lawyer.criminalPracticeBeforeLicence} (date, licence date);
     *                           {@code lawyers.lawyer.workerNoCriminal} for a legal service worker
     *                           with criminal practice or the criminal specialty;
     *                           {@code lawyers.lawyer.licenceBeforeAdulthood} for a licence dated
     *                           before the holder's 18th birthday
     */
    public void updateProfile(NewLawyer form, LocalDate today) {
        LocalDate licence = Objects.requireNonNull(form.getLicenceDate());
        if (licence.isAfter(today)) {
            throw new BusinessException("lawyers.practiceYears.licenceDateInFuture", licence);
        }
        if (licence.isBefore(birthDate.plusYears(18))) {
            throw new BusinessException("lawyers.lawyer.licenceBeforeAdulthood", licence);
        }
        LocalDate criminal = form.getCriminalPracticeSince();
        if (criminal != null && criminal.isAfter(today)) {
            throw new BusinessException("lawyers.lawyer.criminalPracticeInFuture", criminal);
        }
        if (criminal != null && criminal.isBefore(licence)) {
            throw new BusinessException("lawyers.lawyer.criminalPracticeBeforeLicence", criminal, licence);
        }
        Set<Specialty> fields = form.getSpecialties() == null || form.getSpecialties().isEmpty()
                ? EnumSet.noneOf(Specialty.class) : EnumSet.copyOf(form.getSpecialties());
        if (form.getKind() == LawyerKind.LEGAL_SERVICE_WORKER && (criminal != null || fields.contains(Specialty.CRIMINAL))) {
            throw new BusinessException("lawyers.lawyer.workerNoCriminal");
        }
        this.firmId = Objects.requireNonNull(form.getFirmId());
        this.kind = Objects.requireNonNull(form.getKind());
        this.name = form.getName().strip();
        this.phone = form.getPhone() == null || form.getPhone().isBlank() ? null : form.getPhone().strip();
        this.licenceNumber = form.getLicenceNumber().strip().toUpperCase();
        this.licenceDate = licence;
        this.criminalPracticeSince = criminal;
        this.juvenileExperience = form.isJuvenileExperience();
        this.maxOpenCases = form.getMaxOpenCases();
        this.specialties = fields;
        this.languages = new LinkedHashSet<>(form.getLanguages());
        this.regions = new LinkedHashSet<>(form.getRegions());
    }

    /**
     * Applies a validated status change (准入 → active → suspended → exited). The change's record,
     * with its requester and approver, is kept by the service.
     *
     * @throws BusinessException {@code lawyers.status.stale} (current status) when the change
     *                           starts from another status than the lawyer's;
     *                           {@code lawyers.status.beforeCurrent} (date) when dated before the
     *                           current status began
     */
    public void changeStatus(StatusChange change) {
        if (change.from() != status) {
            throw new BusinessException("lawyers.status.stale", status.labelKey());
        }
        if (change.date().isBefore(statusSince)) {
            throw new BusinessException("lawyers.status.beforeCurrent", change.date(), statusSince);
        }
        this.status = change.to();
        this.statusSince = change.date();
    }

    /** Full years of practice on {@code day}. */
    public int practiceYears(LocalDate day) {
        return PracticeYears.on(licenceDate, day);
    }

    /** Full years of criminal practice on {@code day}; 0 without criminal practice. */
    public int criminalPracticeYears(LocalDate day) {
        return criminalPracticeSince == null ? 0 : PracticeYears.on(criminalPracticeSince, day);
    }

    public boolean isAssignable() {
        return status.isAssignable();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getFirmId() { return firmId; }
    public LawyerKind getKind() { return kind; }
    public String getName() { return name; }
    public String getIdNumber() { return idNumber; }
    public Sex getSex() { return sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getPhone() { return phone; }
    public String getLicenceNumber() { return licenceNumber; }
    public LocalDate getLicenceDate() { return licenceDate; }
    public LocalDate getCriminalPracticeSince() { return criminalPracticeSince; }
    public boolean isJuvenileExperience() { return juvenileExperience; }
    public int getMaxOpenCases() { return maxOpenCases; }
    public int getOpenCases() { return openCases; }
    public LawyerStatus getStatus() { return status; }
    public LocalDate getStatusSince() { return statusSince; }
    public Set<Specialty> getSpecialties() { return Set.copyOf(specialties); }
    public Set<String> getLanguages() { return Set.copyOf(languages); }
    public Set<String> getRegions() { return Set.copyOf(regions); }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
