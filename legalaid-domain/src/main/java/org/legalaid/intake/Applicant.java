package org.legalaid.intake;

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
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who applies for legal aid (申请人, docs/domain.md "Case lifecycle" 2), registered by a unit
 * and found again by the 居民身份证 number: one record per person and registering unit, re-used for
 * every later application there. Birth date and sex derive from the number and cannot be typed
 * in differently. The household figures feed the means test (LAL art. 34); the special categories,
 * disability grade and residence feed the exemptions (LAL art. 32, 42; seed 001).
 */
@Entity
@Table(name = "applicant")
public class Applicant implements Serializable {

    public static final int NAME_MAX = 50;
    public static final int ADDRESS_MAX = 200;

    @Id
    @SequenceGenerator(name = "applicant_seq", sequenceName = "applicant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "id_number", nullable = false, length = ResidentIdNumber.LENGTH, updatable = false)
    private String idNumber;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 6, updatable = false)
    private Sex sex;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "household_registration", length = ADDRESS_MAX)
    private String householdRegistration;

    @Column(name = "residence", length = ADDRESS_MAX)
    private String residence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "applicant_category", joinColumns = @JoinColumn(name = "applicant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private Set<SpecialCategory> categories = EnumSet.noneOf(SpecialCategory.class);

    @Column(name = "disability_grade")
    private Integer disabilityGrade;

    @Column(name = "household_size", nullable = false)
    private int householdSize;

    @Column(name = "household_monthly_income", nullable = false, precision = 12, scale = 2)
    private BigDecimal householdMonthlyIncome;

    @Column(name = "no_fixed_income", nullable = false)
    private boolean noFixedIncome;

    @Column(name = "local_resident", nullable = false)
    private boolean localResident;

    @Column(name = "registered_by", nullable = false, length = UserName.MAX, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private OffsetDateTime registeredAt;

    protected Applicant() {
        // for JPA
    }

    /**
     * Registers a person. The categories are checked against the age and disability grade the
     * way the exemption check reads them ({@link ApplicantProfile}): a "minor" of 40 is refused.
     */
    public Applicant(NewApplicant form, ResidentIdNumber id, long unitId, String registeredBy, OffsetDateTime now) {
        this.idNumber = id.value();
        this.sex = id.sex();
        this.birthDate = id.birthDate();
        this.unitId = unitId;
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.registeredAt = now;
        update(form, now.toLocalDate());
    }

    /** Changes what may change; the ID number, birth date and sex never do. */
    public void update(NewApplicant form, LocalDate today) {
        ApplicantProfile profile = new ApplicantProfile(ageOn(today), form.categorySet(), form.getDisabilityGrade(),
                form.isNoFixedIncome(), form.isLocalResident());
        this.fullName = form.getFullName().strip();
        this.phone = form.getPhone();
        this.householdRegistration = blankToNull(form.getHouseholdRegistration());
        this.residence = blankToNull(form.getResidence());
        this.categories = profile.categories().isEmpty() ? EnumSet.noneOf(SpecialCategory.class) : EnumSet.copyOf(profile.categories());
        this.disabilityGrade = form.getDisabilityGrade();
        this.householdSize = form.getHouseholdSize();
        this.householdMonthlyIncome = form.getHouseholdMonthlyIncome().setScale(2, RoundingMode.HALF_UP);
        this.noFixedIncome = form.isNoFixedIncome();
        this.localResident = form.isLocalResident();
    }

    /** What the exemption check needs, on the date of an application. */
    public ApplicantProfile profileOn(LocalDate date) {
        return new ApplicantProfile(ageOn(date), categories, disabilityGrade, noFixedIncome, localResident);
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    /** The full number, for documents; screens show {@link #getIdNumberMasked()}. */
    public String idNumber() {
        return idNumber;
    }

    public String getIdNumberMasked() {
        return ResidentIdNumber.mask(idNumber);
    }

    public String getFullName() {
        return fullName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public String getHouseholdRegistration() {
        return householdRegistration;
    }

    public String getResidence() {
        return residence;
    }

    public Set<SpecialCategory> getCategories() {
        return categories.isEmpty() ? EnumSet.noneOf(SpecialCategory.class) : EnumSet.copyOf(categories);
    }

    public Integer getDisabilityGrade() {
        return disabilityGrade;
    }

    public int getHouseholdSize() {
        return householdSize;
    }

    public BigDecimal getHouseholdMonthlyIncome() {
        return householdMonthlyIncome;
    }

    public boolean isNoFixedIncome() {
        return noFixedIncome;
    }

    public boolean isLocalResident() {
        return localResident;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }
}
