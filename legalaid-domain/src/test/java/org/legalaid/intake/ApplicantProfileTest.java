package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Applicant profile: minor, elderly and disabled follow from age and grade")
class ApplicantProfileTest {

    @Test
    void under18IsAMinor() {
        assertTrue(ApplicantProfile.aged(17).isIn(SpecialCategory.MINOR));
        assertFalse(ApplicantProfile.aged(18).isIn(SpecialCategory.MINOR));
    }

    @Test
    void from60IsElderly() {
        assertFalse(ApplicantProfile.aged(59).isIn(SpecialCategory.ELDERLY));
        assertTrue(ApplicantProfile.aged(60).isIn(SpecialCategory.ELDERLY));
    }

    @Test
    void aDisabilityGradeMakesTheApplicantDisabled() {
        ApplicantProfile applicant = ApplicantProfile.aged(40).withDisabilityGrade(3);
        assertTrue(applicant.isIn(SpecialCategory.DISABLED));
        assertTrue(applicant.isDisabled());
        assertFalse(ApplicantProfile.aged(40).isIn(SpecialCategory.DISABLED));
    }

    @Test
    void refusesACategoryTheAgeOrGradeContradicts() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new ApplicantProfile(40, Set.of(SpecialCategory.ELDERLY), null, false, false));
        assertEquals("intake.applicant.categoryContradictsProfile", e.messageKey());
        assertThrows(BusinessException.class, () -> ApplicantProfile.aged(30).with(SpecialCategory.MINOR));
        assertThrows(BusinessException.class, () -> ApplicantProfile.aged(30).with(SpecialCategory.DISABLED));
    }

    @Test
    void refusesADisabilityGradeOutsideOneToFour() {
        assertEquals("intake.applicant.disabilityGradeInvalid",
                assertThrows(BusinessException.class, () -> ApplicantProfile.aged(40).withDisabilityGrade(5)).messageKey());
        assertThrows(BusinessException.class, () -> ApplicantProfile.aged(40).withDisabilityGrade(0));
    }

    @Test
    void declaredCategoriesAreKept() {
        ApplicantProfile applicant = ApplicantProfile.aged(35).with(SpecialCategory.MIGRANT_WORKER, SpecialCategory.WOMAN);
        assertEquals(Set.of(SpecialCategory.MIGRANT_WORKER, SpecialCategory.WOMAN), applicant.categories());
    }
}
