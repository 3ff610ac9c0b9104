package org.legalaid.intake;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What an intake clerk fills in to register an applicant (申请人). Birth date and sex are not
 * asked for: they come from the ID number (GB 11643).
 */
public class NewApplicant implements Serializable {

    @NotBlank
    @Size(max = 20)
    private String idNumber;

    @NotBlank
    @Size(max = Applicant.NAME_MAX)
    @PlainText
    private String fullName;

    @Pattern(regexp = Consultation.PHONE_PATTERN, message = "{legalaid.validation.phone}")
    private String phone;

    @Size(max = Applicant.ADDRESS_MAX)
    @PlainText
    private String householdRegistration;

    @Size(max = Applicant.ADDRESS_MAX)
    @PlainText
    private String residence;

    private Set<SpecialCategory> categories = new HashSet<>();

    @Min(1)
    @Max(4)
    private Integer disabilityGrade;

    @NotNull
    @Min(1)
    @Max(99)
    private Integer householdSize = 1;

    @NotNull
    @DecimalMin(value = "0.00", message = "{legalaid.validation.notNegative}")
    @Digits(integer = 10, fraction = 2)
    private BigDecimal householdMonthlyIncome = BigDecimal.ZERO;

    private boolean noFixedIncome;

    private boolean localResident = true;

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber == null ? null : idNumber.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public String getHouseholdRegistration() {
        return householdRegistration;
    }

    public void setHouseholdRegistration(String householdRegistration) {
        this.householdRegistration = householdRegistration;
    }

    public String getResidence() {
        return residence;
    }

    public void setResidence(String residence) {
        this.residence = residence;
    }

    public Set<SpecialCategory> getCategories() {
        return categories;
    }

    public void setCategories(Set<SpecialCategory> categories) {
        this.categories = categories == null ? new HashSet<>() : new HashSet<>(categories);
    }

    public Integer getDisabilityGrade() {
        return disabilityGrade;
    }

    public void setDisabilityGrade(Integer disabilityGrade) {
        this.disabilityGrade = disabilityGrade;
    }

    public Integer getHouseholdSize() {
        return householdSize;
    }

    public void setHouseholdSize(Integer householdSize) {
        this.householdSize = householdSize;
    }

    public BigDecimal getHouseholdMonthlyIncome() {
        return householdMonthlyIncome;
    }

    public void setHouseholdMonthlyIncome(BigDecimal householdMonthlyIncome) {
        this.householdMonthlyIncome = householdMonthlyIncome;
    }

    public boolean isNoFixedIncome() {
        return noFixedIncome;
    }

    public void setNoFixedIncome(boolean noFixedIncome) {
        this.noFixedIncome = noFixedIncome;
    }

    public boolean isLocalResident() {
        return localResident;
    }

    public void setLocalResident(boolean localResident) {
        this.localResident = localResident;
    }

    EnumSet<SpecialCategory> categorySet() {
        return categories.isEmpty() ? EnumSet.noneOf(SpecialCategory.class) : EnumSet.copyOf(categories);
    }
}
