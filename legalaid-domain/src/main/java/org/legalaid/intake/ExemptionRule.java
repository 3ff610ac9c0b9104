package org.legalaid.intake;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One ground on which an applicant need not pass the {@link MeansTest}, kept as data: the
 * national grounds (LAL art. 32 "不受经济困难条件的限制", art. 42 "免予核查经济困难状况") and the
 * ones a city adds (art. 32(5), 42(4): "other persons or situations laws, regulations and rules
 * provide"), which an administrator maintains. {@link ExemptionRules#defaults()} is the starting
 * list.
 *
 * <p>All conditions must hold; a condition left empty or null does not restrict. A ground with
 * alternative conditions ("grade 1–2 disabled <em>or</em> 65 and over") is two rules.
 *
 * @param code                  stable name, e.g. {@code LAL_42_3_MIGRANT_WORKER}; statistics
 *                              count by it
 * @param legalBasis            the citation and wording written into the decision as the reason,
 *                              e.g. 《中华人民共和国法律援助法》第四十二条第（三）项……
 * @param anyOfCategories       the applicant must be in at least one of these groups; empty for
 *                              no such condition
 * @param minimumAge            the applicant must be at least this old; null for no condition
 * @param disabilityGrades      the applicant must hold a disability certificate of a grade in
 *                              this range; null for no condition
 * @param noFixedIncomeRequired the applicant must have no fixed source of income
 * @param localResidentRequired the applicant must be registered in this city
 * @param matterCategories      the matter must be of one of these categories; empty for any
 */
public record ExemptionRule(String code, String legalBasis, Set<SpecialCategory> anyOfCategories, Integer minimumAge,
                            DisabilityGradeRange disabilityGrades, boolean noFixedIncomeRequired,
                            boolean localResidentRequired, Set<MatterCategory> matterCategories) implements Serializable {

    /**
     * @throws IllegalArgumentException for a blank code or basis, a negative age, or a rule
     *                                  without any condition on the applicant or the matter
     *                                  (residence alone does not count), which would exempt
     *                                  everyone
     */
    public ExemptionRule {
        if (code == null || code.isBlank() || legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("an exemption rule needs a code and a legal basis");
        }
        anyOfCategories = anyOfCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anyOfCategories));
        matterCategories = matterCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(matterCategories));
        if (minimumAge != null && minimumAge < 0) {
            throw new IllegalArgumentException("minimum age " + minimumAge);
        }
        if (anyOfCategories.isEmpty() && minimumAge == null && disabilityGrades == null && !noFixedIncomeRequired
                && matterCategories.isEmpty()) {
            throw new IllegalArgumentException("exemption rule " + code + " has no condition and would exempt everyone");
        }
    }

    /** True when this rule exempts {@code applicant} in a matter of {@code category}. */
    public boolean exempts(ApplicantProfile applicant, MatterCategory category) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(category, "category");
        return (matterCategories.isEmpty() || matterCategories.contains(category))
                && (anyOfCategories.isEmpty() || anyOfCategories.stream().anyMatch(applicant::isIn))
                && (minimumAge == null || applicant.age() >= minimumAge)
                && (disabilityGrades == null || applicant.isDisabled() && disabilityGrades.contains(applicant.disabilityGrade()))
                && (!noFixedIncomeRequired || applicant.noFixedIncome())
                && (!localResidentRequired || applicant.localResident());
    }
}
