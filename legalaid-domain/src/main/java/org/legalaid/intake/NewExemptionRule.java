package org.legalaid.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What an administrator enters for a local exemption ground (LAL art. 32(5), 42(4)): the
 * regulation's citation and wording, and the conditions, all of which must hold.
 */
public class NewExemptionRule implements Serializable {

    @NotBlank
    @Pattern(regexp = "[A-Z][A-Z0-9_]{2,59}", message = "{legalaid.validation.ruleCode}")
    private String code;

    @NotBlank
    @Size(max = ExemptionRuleEntry.BASIS_MAX)
    @PlainText
    private String legalBasis;

    private Set<SpecialCategory> anyOfCategories = new HashSet<>();

    @Min(0)
    @Max(120)
    private Integer minimumAge;

    @Min(1)
    @Max(4)
    private Integer gradeFrom;

    @Min(1)
    @Max(4)
    private Integer gradeTo;

    private boolean noFixedIncomeRequired;

    private boolean localResidentRequired;

    private Set<MatterCategory> matterCategories = new HashSet<>();

    /**
     * The rule, or a clear refusal.
     *
     * @throws BusinessException {@code intake.exemption.gradeRangeInvalid} for a range given by half or
     *                           reversed; {@code intake.exemption.noCondition} for a rule that would
     *                           exempt everyone
     */
    public ExemptionRule toRule() {
        DisabilityGradeRange grades = null;
        if (gradeFrom != null || gradeTo != null) {
            if (gradeFrom == null || gradeTo == null || gradeFrom > gradeTo) {
                throw new BusinessException("intake.exemption.gradeRangeInvalid");
            }
            grades = new DisabilityGradeRange(gradeFrom, gradeTo);
        }
        Set<SpecialCategory> cats = anyOfCategories == null || anyOfCategories.isEmpty()
                ? Set.of() : EnumSet.copyOf(anyOfCategories);
        Set<MatterCategory> matters = matterCategories == null || matterCategories.isEmpty()
                ? Set.of() : EnumSet.copyOf(matterCategories);
        if (cats.isEmpty() && minimumAge == null && grades == null && !noFixedIncomeRequired && matters.isEmpty()) {
            throw new BusinessException("intake.exemption.noCondition");
        }
        return new ExemptionRule(code, legalBasis.strip(), cats, minimumAge, grades, noFixedIncomeRequired,
                localResidentRequired, matters);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public Set<SpecialCategory> getAnyOfCategories() {
        return anyOfCategories;
    }

    public void setAnyOfCategories(Set<SpecialCategory> anyOfCategories) {
        this.anyOfCategories = anyOfCategories == null ? new HashSet<>() : anyOfCategories;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getGradeFrom() {
        return gradeFrom;
    }

    public void setGradeFrom(Integer gradeFrom) {
        this.gradeFrom = gradeFrom;
    }

    public Integer getGradeTo() {
        return gradeTo;
    }

    public void setGradeTo(Integer gradeTo) {
        this.gradeTo = gradeTo;
    }

    public boolean isNoFixedIncomeRequired() {
        return noFixedIncomeRequired;
    }

    public void setNoFixedIncomeRequired(boolean noFixedIncomeRequired) {
        this.noFixedIncomeRequired = noFixedIncomeRequired;
    }

    public boolean isLocalResidentRequired() {
        return localResidentRequired;
    }

    public void setLocalResidentRequired(boolean localResidentRequired) {
        this.localResidentRequired = localResidentRequired;
    }

    public Set<MatterCategory> getMatterCategories() {
        return matterCategories;
    }

    public void setMatterCategories(Set<MatterCategory> matterCategories) {
        this.matterCategories = matterCategories == null ? new HashSet<>() : matterCategories;
    }
}
