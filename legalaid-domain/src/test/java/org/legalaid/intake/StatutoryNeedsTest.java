package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.intake.StatutoryNeed.Kind.DISTRICT;
import static org.legalaid.intake.StatutoryNeed.Kind.JUVENILE;
import static org.legalaid.intake.StatutoryNeed.Kind.LANGUAGE;
import static org.legalaid.intake.StatutoryNeed.Kind.SENIOR_CRIMINAL;

@DisplayName("Issue 21: what the law asks of a case's lawyer comes from the case's data")
class StatutoryNeedsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private static StatutoryNeed need(StatutoryNeed.Kind kind, String value, String basis) {
        return new StatutoryNeed(kind, value, basis);
    }

    @Test
    @DisplayName("LAL art. 26: a death-penalty review asks for 3+ years of criminal practice, by its stage or its ground")
    void deathPenaltyReviewNeedsSeniorLawyer() {
        List<StatutoryNeed> byStage = StatutoryNeeds.ofNotice(ProceedingStage.DEATH_PENALTY_REVIEW,
                Set.of(MandatoryDefenceGround.COURT_DISCRETION), null, RECEIVED, null, null, null);
        assertEquals(List.of(need(SENIOR_CRIMINAL, null, StatutoryNeeds.BASIS_DEATH_PENALTY_REVIEW)), byStage);
        List<StatutoryNeed> byGround = StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE,
                Set.of(MandatoryDefenceGround.DEATH_PENALTY_REVIEW), null, RECEIVED, null, null, null);
        assertEquals(List.of(need(SENIOR_CRIMINAL, null, StatutoryNeeds.BASIS_DEATH_PENALTY_REVIEW)), byGround);
    }

    @Test
    @DisplayName("LAL art. 26: a defendant facing life imprisonment or death asks for 3+ years of criminal practice")
    void lifeOrDeathNeedsSeniorLawyer() {
        assertEquals(List.of(need(SENIOR_CRIMINAL, null, StatutoryNeeds.BASIS_LIFE_OR_DEATH)),
                StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE, Set.of(MandatoryDefenceGround.LIFE_OR_DEATH), null,
                        RECEIVED, null, null, null));
    }

    @Test
    @DisplayName("a minor defendant — by the ground, or by a birth date under 18 on the day of the notice — asks for experience with minors")
    void minorNeedsJuvenileExperience() {
        StatutoryNeed juvenile = need(JUVENILE, null, StatutoryNeeds.BASIS_MINOR);
        assertEquals(List.of(juvenile), StatutoryNeeds.ofNotice(ProceedingStage.INVESTIGATION,
                Set.of(MandatoryDefenceGround.MINOR), null, RECEIVED, null, null, null));
        assertEquals(List.of(juvenile), StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE,
                Set.of(MandatoryDefenceGround.IMPAIRED_UNDERSTANDING), RECEIVED.minusYears(18).plusDays(1), RECEIVED, null, null, null));
        assertEquals(List.of(), StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE,
                Set.of(MandatoryDefenceGround.IMPAIRED_UNDERSTANDING), RECEIVED.minusYears(18), RECEIVED, null, null, null),
                "18 on the day: an adult");
    }

    @Test
    @DisplayName("the language the defendant needs: sign language under LAL art. 25 para. 1(2), a minority language under CPL art. 9; Mandarin is none")
    void languageNeeds() {
        assertEquals(List.of(need(LANGUAGE, "csl", StatutoryNeeds.BASIS_SIGN_LANGUAGE)),
                StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE, Set.of(MandatoryDefenceGround.BLIND_DEAF_MUTE), null,
                        RECEIVED, "csl", null, null));
        assertEquals(List.of(need(LANGUAGE, "ug", StatutoryNeeds.BASIS_LANGUAGE)),
                StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE, Set.of(MandatoryDefenceGround.LIFE_OR_DEATH), null,
                        RECEIVED, "ug", null, null).stream().filter(n -> n.kind() == LANGUAGE).toList());
        assertEquals(List.of(), StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE,
                Set.of(MandatoryDefenceGround.BLIND_DEAF_MUTE), null, RECEIVED, "zh", null, null));
        assertEquals(List.of(), StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE,
                Set.of(MandatoryDefenceGround.BLIND_DEAF_MUTE), null, RECEIVED, null, null, null),
                "a blind defendant needs no sign language: only a stated language binds");
    }

    @Test
    @DisplayName("a notice belongs to the organ's district when named, else to the receiving centre's; neither: the officer chooses")
    void noticeDistrict() {
        Set<MandatoryDefenceGround> g = Set.of(MandatoryDefenceGround.IMPAIRED_UNDERSTANDING);
        assertEquals(List.of(need(DISTRICT, "370203", StatutoryNeeds.BASIS_ORGAN_DISTRICT)),
                StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE, g, null, RECEIVED, null, "370203", "370202"));
        assertEquals(List.of(need(DISTRICT, "370202", StatutoryNeeds.BASIS_CENTRE_DISTRICT)),
                StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE, g, null, RECEIVED, null, null, "370202"));
        assertEquals(List.of(), StatutoryNeeds.ofNotice(ProceedingStage.FIRST_INSTANCE, g, null, RECEIVED, null, null, null));
    }

    @Test
    @DisplayName("an application carries its region, a minor applicant's juvenile need, LAL art. 26 in a criminal matter, and the applicant's language")
    void applicationNeeds() {
        List<StatutoryNeed> needs = StatutoryNeeds.ofApplication(MatterType.CRIMINAL, true, true, "bo", "370211");
        assertEquals(List.of(need(DISTRICT, "370211", StatutoryNeeds.BASIS_APPLICATION_DISTRICT),
                need(SENIOR_CRIMINAL, null, StatutoryNeeds.BASIS_LIFE_OR_DEATH),
                need(JUVENILE, null, StatutoryNeeds.BASIS_MINOR),
                need(LANGUAGE, "bo", StatutoryNeeds.BASIS_LANGUAGE)), needs);
        assertTrue(StatutoryNeeds.ofApplication(MatterType.CIVIL, false, true, null, "370211").stream()
                .noneMatch(n -> n.kind() == SENIOR_CRIMINAL), "LAL art. 26 is about criminal defence");
    }
}
