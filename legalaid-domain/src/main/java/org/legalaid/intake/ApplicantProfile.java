package org.legalaid.intake;

import org.legalaid.shared.BusinessException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link ExemptionCheck} needs to know about an applicant: age, the special groups they
 * belong to, disability grade, whether they have a fixed income, and whether they are a local
 * resident. Built at review time from the application and its documents.
 *
 * <p>{@link SpecialCategory#MINOR} (under {@value #ADULT_AGE}), {@link SpecialCategory#ELDERLY}
 * ({@value #ELDERLY_AGE} or older) and {@link SpecialCategory#DISABLED} (a disability grade) are
 * derived here, so a form cannot forget them; naming one that the age or grade contradicts is
 * refused rather than silently corrected.
 *
 * @param age             whole years on the date of application ({@link ResidentIdNumber#ageOn})
 * @param categories      the special groups, the derived ones included
 * @param disabilityGrade 1 (most severe) to 4, or null when the applicant holds no disability
 *                        certificate
 * @param noFixedIncome   true when the applicant has no fixed source of income (无固定生活来源,
 *                        LAL art. 42(1))
 * @param localResident   true when the applicant's household registration is in this city
 *                        ("本市", seed 001)
 */
public record ApplicantProfile(int age, Set<SpecialCategory> categories, Integer disabilityGrade,
                               boolean noFixedIncome, boolean localResident) {

    /** Age of majority (Civil Code art. 17). */
    public static final int ADULT_AGE = 18;
    /** Age from which a person is elderly (Law on the Protection of the Rights of the Elderly, art. 2). */
    public static final int ELDERLY_AGE = 60;

    /**
     * @throws BusinessException {@code intake.applicant.disabilityGradeInvalid} for a grade
     *                           outside 1–4; {@code intake.applicant.categoryContradictsProfile}
     *                           when MINOR, ELDERLY or DISABLED is named but the age or grade
     *                           says otherwise
     */
    public ApplicantProfile {
        if (age < 0) {
            throw new IllegalArgumentException("age " + age);
        }
        if (disabilityGrade != null && (disabilityGrade < DisabilityGradeRange.MOST_SEVERE
                || disabilityGrade > DisabilityGradeRange.LEAST_SEVERE)) {
            throw new BusinessException("intake.applicant.disabilityGradeInvalid", disabilityGrade);
        }
        EnumSet<SpecialCategory> all = EnumSet.noneOf(SpecialCategory.class);
        all.addAll(Objects.requireNonNull(categories, "categories"));
        refuseContradiction(all, SpecialCategory.MINOR, age < ADULT_AGE, age);
        refuseContradiction(all, SpecialCategory.ELDERLY, age >= ELDERLY_AGE, age);
        refuseContradiction(all, SpecialCategory.DISABLED, disabilityGrade != null, age);
        categories = Set.copyOf(all);
    }

    private static void refuseContradiction(EnumSet<SpecialCategory> all, SpecialCategory derived, boolean holds, int age) {
        if (holds) {
            all.add(derived);
        } else if (all.contains(derived)) {
            throw new BusinessException("intake.applicant.categoryContradictsProfile", derived.labelKey(), age);
        }
    }

    /** An applicant of {@code age} in no special group, with an income, not a local resident. */
    public static ApplicantProfile aged(int age) {
        return new ApplicantProfile(age, Set.of(), null, false, false);
    }

    /** This applicant, also in {@code more} groups. */
    public ApplicantProfile with(SpecialCategory... more) {
        EnumSet<SpecialCategory> all = EnumSet.noneOf(SpecialCategory.class);
        all.addAll(categories);
        all.addAll(Arrays.asList(more));
        return new ApplicantProfile(age, all, disabilityGrade, noFixedIncome, localResident);
    }

    /** This applicant, holding a disability certificate of {@code grade}. */
    public ApplicantProfile withDisabilityGrade(int grade) {
        return new ApplicantProfile(age, categories, grade, noFixedIncome, localResident);
    }

    /** This applicant, without a fixed source of income. */
    public ApplicantProfile withoutFixedIncome() {
        return new ApplicantProfile(age, categories, disabilityGrade, true, localResident);
    }

    /** This applicant, registered in this city. */
    public ApplicantProfile asLocalResident() {
        return new ApplicantProfile(age, categories, disabilityGrade, noFixedIncome, true);
    }

    public boolean isIn(SpecialCategory category) {
        return categories.contains(category);
    }

    public boolean isDisabled() {
        return disabilityGrade != null;
    }
}
