package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.intake.MatterCategory.ACT_OF_BRAVERY;
import static org.legalaid.intake.MatterCategory.CHILD_SUPPORT;
import static org.legalaid.intake.MatterCategory.DOMESTIC_VIOLENCE;
import static org.legalaid.intake.MatterCategory.ELDER_SUPPORT;
import static org.legalaid.intake.MatterCategory.HERO_MARTYR_REPUTATION;
import static org.legalaid.intake.MatterCategory.LABOUR_REMUNERATION;
import static org.legalaid.intake.MatterCategory.MEDICAL_ACCIDENT;
import static org.legalaid.intake.MatterCategory.OTHER;
import static org.legalaid.intake.MatterCategory.PERSONAL_INJURY;
import static org.legalaid.intake.MatterCategory.SOCIAL_INSURANCE;
import static org.legalaid.intake.MatterCategory.SPOUSAL_SUPPORT;
import static org.legalaid.intake.MatterCategory.STATE_COMPENSATION;
import static org.legalaid.intake.MatterCategory.SURVIVOR_PENSION;
import static org.legalaid.intake.MatterCategory.TRAFFIC_ACCIDENT;
import static org.legalaid.intake.MatterCategory.WORK_INJURY;

@DisplayName("Exemption from the means test (LAL art. 32, 42; seed 001)")
class ExemptionCheckTest {

    private static final List<ExemptionRule> DEFAULTS = ExemptionRules.defaults();

    private static Optional<String> exemption(ApplicantProfile applicant, MatterCategory category) {
        return ExemptionCheck.firstMatching(DEFAULTS, applicant, category).map(ExemptionRule::code);
    }

    private static void assertExemptUnder(String code, ApplicantProfile applicant, MatterCategory category) {
        assertEquals(Optional.of(code), exemption(applicant, category));
    }

    private static void assertNotExempt(ApplicantProfile applicant, MatterCategory category) {
        assertEquals(Optional.empty(), exemption(applicant, category));
    }

    private static ApplicantProfile adult() {
        return ApplicantProfile.aged(40);
    }

    @Nested
    @DisplayName("LAL art. 32(1): heroes' and martyrs' close relatives protecting their reputation")
    class HeroMartyrRelative {
        @Test
        void exemptsARelativeProtectingTheHerosReputation() {
            assertExemptUnder(ExemptionRules.HERO_MARTYR_RELATIVE,
                    adult().with(SpecialCategory.HERO_MARTYR_RELATIVE), HERO_MARTYR_REPUTATION);
        }

        @Test
        void doesNotExemptARelativeInAnotherMatterOrAStranger() {
            assertNotExempt(adult().with(SpecialCategory.HERO_MARTYR_RELATIVE), LABOUR_REMUNERATION);
            assertNotExempt(adult(), HERO_MARTYR_REPUTATION);
        }
    }

    @Nested
    @DisplayName("LAL art. 32(2): acts of bravery")
    class ActOfBravery {
        @Test
        void exemptsAnyoneClaimingRightsFromAnActOfBravery() {
            assertExemptUnder(ExemptionRules.ACT_OF_BRAVERY, adult(), ACT_OF_BRAVERY);
        }
    }

    @Nested
    @DisplayName("LAL art. 32(3): state compensation after acquittal on retrial")
    class RetrialAcquittal {
        @Test
        void exemptsAPersonAcquittedOnRetrialClaimingStateCompensation() {
            assertExemptUnder(ExemptionRules.RETRIAL_ACQUITTAL,
                    adult().with(SpecialCategory.ACQUITTED_ON_RETRIAL), STATE_COMPENSATION);
        }

        @Test
        void doesNotExemptOtherStateCompensationClaims() {
            assertNotExempt(adult(), STATE_COMPENSATION);
        }
    }

    @Nested
    @DisplayName("LAL art. 32(4): victims of abuse, abandonment or domestic violence")
    class AbuseVictim {
        @ParameterizedTest(name = "{0}")
        @EnumSource(value = MatterCategory.class,
                names = {"DOMESTIC_VIOLENCE", "ELDER_SUPPORT", "CHILD_SUPPORT", "SPOUSAL_SUPPORT", "PERSONAL_INJURY"})
        void exemptsAVictimAssertingTheRelatedRights(MatterCategory category) {
            assertExemptUnder(ExemptionRules.ABUSE_VICTIM, adult().with(SpecialCategory.ABUSE_OR_DV_VICTIM), category);
        }

        @Test
        void doesNotExemptAVictimInAnUnrelatedMatterNorANonVictim() {
            assertNotExempt(adult().with(SpecialCategory.ABUSE_OR_DV_VICTIM), LABOUR_REMUNERATION);
            assertNotExempt(adult(), DOMESTIC_VIOLENCE);
        }
    }

    @Nested
    @DisplayName("LAL art. 42(1): minors, elderly and disabled without a fixed income")
    class NoFixedIncome {
        @Test
        void exemptsAMinorWithoutFixedIncome() {
            assertExemptUnder(ExemptionRules.NO_FIXED_INCOME, ApplicantProfile.aged(16).withoutFixedIncome(), CHILD_SUPPORT);
        }

        @Test
        void exemptsAnElderlyPersonWithoutFixedIncomeInAnyMatter() {
            assertExemptUnder(ExemptionRules.NO_FIXED_INCOME, ApplicantProfile.aged(62).withoutFixedIncome(), OTHER);
        }

        @Test
        void exemptsADisabledPersonWithoutFixedIncome() {
            assertExemptUnder(ExemptionRules.NO_FIXED_INCOME,
                    ApplicantProfile.aged(40).withDisabilityGrade(4).withoutFixedIncome(), LABOUR_REMUNERATION);
        }

        @Test
        void doesNotExemptThemWithAFixedIncome() {
            assertNotExempt(ApplicantProfile.aged(62), OTHER);
            assertNotExempt(ApplicantProfile.aged(16), OTHER);
        }

        @Test
        void doesNotExemptAnAdultWithoutFixedIncomeWhoIsInNoGroup() {
            assertNotExempt(adult().withoutFixedIncome(), OTHER);
        }
    }

    @Nested
    @DisplayName("LAL art. 42(2): social-assistance, judicial-aid and special-care recipients")
    class AssistanceRecipient {
        @ParameterizedTest(name = "{0}")
        @EnumSource(value = SpecialCategory.class,
                names = {"SOCIAL_ASSISTANCE_RECIPIENT", "JUDICIAL_AID_RECIPIENT", "SPECIAL_CARE_RECIPIENT"})
        void exemptsARecipientInAnyMatter(SpecialCategory recipient) {
            assertExemptUnder(ExemptionRules.ASSISTANCE_RECIPIENT, adult().with(recipient), OTHER);
        }
    }

    @Nested
    @DisplayName("LAL art. 42(3): migrant workers claiming wages or work-injury compensation")
    class MigrantWorker {
        @ParameterizedTest(name = "{0}")
        @EnumSource(value = MatterCategory.class, names = {"LABOUR_REMUNERATION", "WORK_INJURY"})
        void exemptsAMigrantWorkerClaimingWagesOrWorkInjury(MatterCategory category) {
            assertExemptUnder(ExemptionRules.MIGRANT_WORKER, adult().with(SpecialCategory.MIGRANT_WORKER), category);
        }

        @Test
        void doesNotExemptAMigrantWorkerInATrafficAccidentNorAnotherWorkerClaimingWages() {
            assertNotExempt(adult().with(SpecialCategory.MIGRANT_WORKER), TRAFFIC_ACCIDENT);
            assertNotExempt(adult(), LABOUR_REMUNERATION);
        }
    }

    @Nested
    @DisplayName("Seed 001: local residents aged 65 or over in maintenance, 抚恤金, injury and medical disputes")
    class LocalElderly65 {
        @ParameterizedTest(name = "{0}")
        @EnumSource(value = MatterCategory.class, names = {"ELDER_SUPPORT", "SPOUSAL_SUPPORT", "SURVIVOR_PENSION",
                "PERSONAL_INJURY", "MEDICAL_ACCIDENT", "TRAFFIC_ACCIDENT", "FOOD_DRUG_SAFETY", "WORK_INJURY"})
        void exemptsALocal65YearOld(MatterCategory category) {
            assertExemptUnder(ExemptionRules.LOCAL_ELDERLY_65, ApplicantProfile.aged(65).asLocalResident(), category);
        }

        @Test
        void doesNotExemptA64YearOldInAMaintenanceDispute() {
            assertNotExempt(ApplicantProfile.aged(64).asLocalResident(), ELDER_SUPPORT);
        }

        @Test
        void doesNotExemptA65YearOldInAContractDispute() {
            assertNotExempt(ApplicantProfile.aged(65).asLocalResident(), OTHER);
        }

        @Test
        void doesNotExemptA65YearOldFromElsewhere() {
            assertNotExempt(ApplicantProfile.aged(70), ELDER_SUPPORT);
        }

        @Test
        @DisplayName("child support (抚养) and old-age pension (养老金) are not among the seed's matters")
        void leavesOutTheMattersTheSeedDoesNotName() {
            assertNotExempt(ApplicantProfile.aged(70).asLocalResident(), CHILD_SUPPORT);
            assertNotExempt(ApplicantProfile.aged(70).asLocalResident(), SOCIAL_INSURANCE);
        }
    }

    @Nested
    @DisplayName("Seed 001: local residents disabled at grade 1–2 in the same disputes")
    class LocalDisabledGrade1To2 {
        @ParameterizedTest(name = "grade {0}")
        @ValueSource(ints = {1, 2})
        void exemptsALocalResidentOfGradeOneOrTwo(int grade) {
            assertExemptUnder(ExemptionRules.LOCAL_DISABLED_GRADE_1_2,
                    ApplicantProfile.aged(45).withDisabilityGrade(grade).asLocalResident(), MEDICAL_ACCIDENT);
        }

        @ParameterizedTest(name = "grade {0}")
        @ValueSource(ints = {3, 4})
        void doesNotExemptGradesThreeAndFour(int grade) {
            assertNotExempt(ApplicantProfile.aged(45).withDisabilityGrade(grade).asLocalResident(), MEDICAL_ACCIDENT);
        }

        @Test
        void doesNotExemptGradeOneInAContractDispute() {
            assertNotExempt(ApplicantProfile.aged(45).withDisabilityGrade(1).asLocalResident(), OTHER);
        }
    }

    @Nested
    @DisplayName("Seed 001: conscripts and cadets on major missions, and their families")
    class LocalServicemanOnMission {
        @Test
        void exemptsThemInAnyMatter() {
            assertExemptUnder(ExemptionRules.LOCAL_SERVICEMAN_ON_MISSION,
                    adult().with(SpecialCategory.SERVICEMAN_ON_MISSION_OR_FAMILY), OTHER);
        }

        @Test
        void doesNotExemptOtherServicemenAndFamilies() {
            assertNotExempt(adult().with(SpecialCategory.SERVICEMAN_OR_FAMILY), OTHER);
        }
    }

    @Test
    @DisplayName("national grounds come before local ones, so the decision cites the law")
    void theLawIsCitedBeforeTheLocalRule() {
        ApplicantProfile elderlyMigrant = ApplicantProfile.aged(66).asLocalResident().with(SpecialCategory.MIGRANT_WORKER);
        assertExemptUnder(ExemptionRules.MIGRANT_WORKER, elderlyMigrant, WORK_INJURY);
        ExemptionRule rule = ExemptionCheck.firstMatching(DEFAULTS, elderlyMigrant, WORK_INJURY).orElseThrow();
        assertTrue(rule.legalBasis().startsWith("《中华人民共和国法律援助法》第四十二条第（三）项"));
    }

    @Test
    void anAdultWithAnIncomeInAnOrdinaryDisputeIsNotExempt() {
        assertNotExempt(adult(), PERSONAL_INJURY);
        assertNotExempt(adult(), SPOUSAL_SUPPORT);
    }

    @Test
    void anEmptyListExemptsNoOne() {
        assertEquals(Optional.empty(), ExemptionCheck.firstMatching(List.of(), ApplicantProfile.aged(80).withoutFixedIncome(), OTHER));
    }

    @Test
    void theDefaultsHaveDistinctCodesAndABasisEach() {
        assertEquals(DEFAULTS.size(), DEFAULTS.stream().map(ExemptionRule::code).distinct().count());
        assertTrue(DEFAULTS.stream().allMatch(r -> r.legalBasis().length() > 20));
        assertEquals(10, DEFAULTS.size());
        assertThrows(UnsupportedOperationException.class, () -> DEFAULTS.remove(0));
    }

    @Test
    @DisplayName("a rule without any condition on applicant or matter is refused: it would exempt everyone")
    void refusesARuleThatWouldExemptEveryone() {
        assertThrows(IllegalArgumentException.class,
                () -> new ExemptionRule("ALL", "no basis at all", Set.of(), null, null, false, true, Set.of()));
    }

    @Test
    void refusesADisabilityGradeRangeOutsideOneToFour() {
        assertThrows(IllegalArgumentException.class, () -> new DisabilityGradeRange(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new DisabilityGradeRange(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new DisabilityGradeRange(1, 5));
    }
}
