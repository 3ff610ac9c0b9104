package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.intake.MandatoryDefenceGround.COMPULSORY_MEDICAL_TREATMENT;
import static org.legalaid.intake.MandatoryDefenceGround.COURT_DISCRETION;
import static org.legalaid.intake.MandatoryDefenceGround.DEATH_PENALTY_REVIEW;
import static org.legalaid.intake.MandatoryDefenceGround.LIFE_OR_DEATH;
import static org.legalaid.intake.MandatoryDefenceGround.MINOR;
import static org.legalaid.intake.MandatoryDefenceGround.TRIAL_IN_ABSENTIA;
import static org.legalaid.intake.NotifyingOrganType.COURT;
import static org.legalaid.intake.NotifyingOrganType.PROCURATORATE;
import static org.legalaid.intake.NotifyingOrganType.PUBLIC_SECURITY;
import static org.legalaid.intake.ProceedingStage.FIRST_INSTANCE;
import static org.legalaid.intake.ProceedingStage.INVESTIGATION;
import static org.legalaid.intake.ProceedingStage.PROSECUTION_REVIEW;

@DisplayName("Notified criminal cases (通知辩护, LAL art. 25, 26, 28, 36)")
class CriminalNoticeTest {

    /** Monday 2 March 2026, 10:00 in Beijing. */
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private static NewCriminalNotice notice(NotifyingOrganType organ, ProceedingStage stage, MandatoryDefenceGround... grounds) {
        NewCriminalNotice f = new NewCriminalNotice();
        f.setOrganType(organ);
        f.setOrganName("青岛市市南区人民法院");
        f.setOrganDocumentNumber("（2026）鲁0203刑初123号");
        f.setDefendantName("张三");
        f.setCharge("故意杀人罪");
        f.setStage(stage);
        f.setGrounds(Set.of(grounds));
        return f;
    }

    private static CriminalNotice receive(NewCriminalNotice form, ResidentIdNumber id) {
        return new CriminalNotice(form, id, 7L, NOW.minusHours(1), "clerk", NOW);
    }

    private static String ruleBroken(NotifyingOrganType organ, ProceedingStage stage, MandatoryDefenceGround... grounds) {
        return assertThrows(BusinessException.class, () -> NoticeRules.check(organ, stage, Set.of(grounds))).messageKey();
    }

    @Nested
    @DisplayName("the organ fits the stage")
    class OrganAndStage {

        @Test
        @DisplayName("police investigate, procuratorates review for prosecution, courts try and review (LAL art. 36)")
        void eachOrganNotifiesAtItsOwnStages() {
            assertDoesNotThrow(() -> NoticeRules.check(PUBLIC_SECURITY, INVESTIGATION, Set.of(MINOR)));
            assertDoesNotThrow(() -> NoticeRules.check(PROCURATORATE, PROSECUTION_REVIEW, Set.of(MINOR)));
            assertDoesNotThrow(() -> NoticeRules.check(COURT, FIRST_INSTANCE, Set.of(MINOR)));
            assertDoesNotThrow(() -> NoticeRules.check(COURT, ProceedingStage.SECOND_INSTANCE, Set.of(MINOR)));
            assertDoesNotThrow(() -> NoticeRules.check(NotifyingOrganType.STATE_SECURITY, INVESTIGATION, Set.of(MINOR)));
            assertDoesNotThrow(() -> NoticeRules.check(NotifyingOrganType.PRISON, INVESTIGATION, Set.of(MINOR)));
        }

        @Test
        @DisplayName("a procuratorate notifies at investigation only for the cases it investigates itself (CPL art. 19)")
        void aProcuratorateMayNotifyDuringItsOwnInvestigation() {
            assertTrue(PROCURATORATE.mayNotifyAt(INVESTIGATION));
            assertFalse(PROCURATORATE.mayNotifyAt(FIRST_INSTANCE));
        }

        @Test
        void thePoliceAtTrialOrACourtAtInvestigationIsRefusedWithBothNamed() {
            BusinessException e = assertThrows(BusinessException.class, () -> NoticeRules.check(PUBLIC_SECURITY, FIRST_INSTANCE, Set.of(MINOR)));
            assertEquals("intake.notice.organDoesNotFitStage", e.messageKey());
            assertEquals(PUBLIC_SECURITY.labelKey(), e.arguments()[0]);
            assertEquals(FIRST_INSTANCE.labelKey(), e.arguments()[1]);
            assertEquals("intake.notice.organDoesNotFitStage", ruleBroken(COURT, INVESTIGATION, MINOR));
            assertEquals("intake.notice.organDoesNotFitStage", ruleBroken(PROCURATORATE, ProceedingStage.DEATH_PENALTY_REVIEW, DEATH_PENALTY_REVIEW));
        }

        @ParameterizedTest
        @EnumSource(ProceedingStage.class)
        @DisplayName("every stage has an organ that notifies at it")
        void everyStageHasAnOrgan(ProceedingStage stage) {
            assertTrue(EnumSet.allOf(NotifyingOrganType.class).stream().anyMatch(o -> o.mayNotifyAt(stage)), stage.name());
        }
    }

    @Nested
    @DisplayName("the grounds fit organ and stage")
    class Grounds {

        @Test
        @DisplayName("at least one ground (LAL art. 25)")
        void aNoticeNeedsAGround() {
            assertEquals("intake.notice.groundRequired", ruleBroken(COURT, FIRST_INSTANCE));
        }

        @Test
        @DisplayName("the death-penalty-review ground applies only in death-penalty review (LAL art. 25 para. 1(5))")
        void deathPenaltyReviewGroundOnlyAtReview() {
            assertEquals("intake.notice.deathReviewGroundOutsideReview", ruleBroken(COURT, FIRST_INSTANCE, DEATH_PENALTY_REVIEW));
            assertDoesNotThrow(() -> NoticeRules.check(COURT, ProceedingStage.DEATH_PENALTY_REVIEW, Set.of(DEATH_PENALTY_REVIEW)));
        }

        @Test
        @DisplayName("trial in absentia (art. 25 para. 1(6)) and compulsory medical treatment (art. 28) come from a court at trial")
        void courtOnlyGroundsFromACourtAtTrial() {
            assertEquals("intake.notice.groundOnlyAtCourtTrial", ruleBroken(PROCURATORATE, PROSECUTION_REVIEW, TRIAL_IN_ABSENTIA));
            assertEquals("intake.notice.groundOnlyAtCourtTrial", ruleBroken(PUBLIC_SECURITY, INVESTIGATION, COMPULSORY_MEDICAL_TREATMENT));
            assertDoesNotThrow(() -> NoticeRules.check(COURT, FIRST_INSTANCE, Set.of(TRIAL_IN_ABSENTIA)));
            assertDoesNotThrow(() -> NoticeRules.check(COURT, FIRST_INSTANCE, Set.of(COMPULSORY_MEDICAL_TREATMENT)));
        }

        @Test
        @DisplayName("the court's discretion (LAL art. 25 para. 2) is a court's, at trial, and stands alone")
        void courtDiscretionIsACourtsAtTrialAndStandsAlone() {
            assertDoesNotThrow(() -> NoticeRules.check(COURT, FIRST_INSTANCE, Set.of(COURT_DISCRETION)));
            assertEquals("intake.notice.groundOnlyAtCourtTrial", ruleBroken(PROCURATORATE, PROSECUTION_REVIEW, COURT_DISCRETION));
            assertEquals("intake.notice.groundOnlyAtCourtTrial", ruleBroken(COURT, ProceedingStage.DEATH_PENALTY_REVIEW, COURT_DISCRETION));
            assertEquals("intake.notice.discretionStandsAlone", ruleBroken(COURT, FIRST_INSTANCE, COURT_DISCRETION, MINOR));
            assertFalse(COURT_DISCRETION.isMandatory());
            assertTrue(MINOR.isMandatory());
        }

        @Test
        void aNoticeThatBreaksARuleIsNotReceived() {
            assertThrows(BusinessException.class, () -> receive(notice(PUBLIC_SECURITY, FIRST_INSTANCE, MINOR), null));
        }
    }

    @Nested
    @DisplayName("the lawyer the law asks for")
    class DerivedFlags {

        @Test
        @DisplayName("life imprisonment or death needs a lawyer with 3+ years of criminal practice (LAL art. 26)")
        void lifeOrDeathNeedsASeniorLawyer() {
            assertTrue(LIFE_OR_DEATH.needsSeniorCriminalLawyer());
            assertTrue(receive(notice(COURT, FIRST_INSTANCE, LIFE_OR_DEATH), null).needsSeniorCriminalLawyer());
            assertFalse(receive(notice(COURT, FIRST_INSTANCE, MandatoryDefenceGround.BLIND_DEAF_MUTE), null).needsSeniorCriminalLawyer());
        }

        @Test
        @DisplayName("any defendant in death-penalty review needs a senior lawyer (LAL art. 26)")
        void deathPenaltyReviewNeedsASeniorLawyer() {
            assertTrue(DEATH_PENALTY_REVIEW.needsSeniorCriminalLawyer());
            assertTrue(receive(notice(COURT, ProceedingStage.DEATH_PENALTY_REVIEW, MandatoryDefenceGround.OTHER_BY_LAW), null)
                    .needsSeniorCriminalLawyer());
        }

        @Test
        @DisplayName("a minor needs a lawyer who knows minors' cases (Law on the Protection of Minors art. 104)")
        void aMinorNeedsAJuvenileLawyer() {
            assertTrue(MINOR.needsJuvenileExperience());
            assertTrue(receive(notice(PUBLIC_SECURITY, INVESTIGATION, MINOR), null).needsJuvenileExperience());
            assertFalse(LIFE_OR_DEATH.needsJuvenileExperience());
        }

        @Test
        @DisplayName("a birth date under 18 on the day of the notice also asks for a juvenile lawyer")
        void aBirthDateUnder18AsksForAJuvenileLawyer() {
            NewCriminalNotice f = notice(PUBLIC_SECURITY, INVESTIGATION, LIFE_OR_DEATH);
            f.setDefendantBirthDate(LocalDate.of(2009, 3, 3));
            assertTrue(receive(f, null).needsJuvenileExperience(), "17 on 2 March 2026");
            f.setDefendantBirthDate(LocalDate.of(2008, 3, 2));
            assertFalse(receive(f, null).needsJuvenileExperience(), "18 on the day");
        }

        @Test
        @DisplayName("the lawyer is due 3 days after the notice, weekends included (LAL art. 36)")
        void assignmentIsDueThreeDaysAfterReceipt() {
            CriminalNotice n = receive(notice(COURT, FIRST_INSTANCE, LIFE_OR_DEATH), null);
            assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), n.receivedAtInChina());
            assertEquals(LocalDate.of(2026, 3, 5), n.defaultAssignmentDeadline().lastDay());
        }
    }

    @Nested
    @DisplayName("the defendant")
    class Defendant {

        private final ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", NOW.toLocalDate());

        @Test
        void theBirthDateComesFromTheIdNumberAndTheNumberIsShownMasked() {
            CriminalNotice n = receive(notice(COURT, FIRST_INSTANCE, LIFE_OR_DEATH), id);
            assertEquals(LocalDate.of(1949, 12, 31), n.getDefendantBirthDate());
            assertEquals("110105********002X", n.getDefendantIdNumberMasked());
            assertEquals("11010519491231002X", n.defendantIdNumber());
        }

        @Test
        void aBirthDateThatContradictsTheIdNumberIsRefused() {
            NewCriminalNotice f = notice(COURT, FIRST_INSTANCE, LIFE_OR_DEATH);
            f.setDefendantBirthDate(LocalDate.of(1950, 1, 1));
            assertEquals("intake.notice.birthDateContradictsId", assertThrows(BusinessException.class, () -> receive(f, id)).messageKey());
        }

        @Test
        @DisplayName("a foreigner without ID number is received, with or without a birth date")
        void withoutAnIdNumberTheBirthDateIsOptional() {
            CriminalNotice n = receive(notice(COURT, FIRST_INSTANCE, LIFE_OR_DEATH), null);
            assertNull(n.getDefendantIdNumberMasked());
            assertNull(n.getDefendantBirthDate());
            NewCriminalNotice future = notice(COURT, FIRST_INSTANCE, LIFE_OR_DEATH);
            future.setDefendantBirthDate(LocalDate.of(2027, 1, 1));
            assertEquals("intake.notice.birthDateInFuture", assertThrows(BusinessException.class, () -> receive(future, null)).messageKey());
        }

        @Test
        @DisplayName("the ground MINOR is refused for a defendant born in 1980, kept for one of 17 or 19 (LAL art. 25, issue 19)")
        void theMinorGroundIsRefusedWhenTheBirthDateMakesTheDefendantAnAdult() {
            NewCriminalNotice adult = notice(COURT, FIRST_INSTANCE, MINOR);
            adult.setDefendantBirthDate(LocalDate.of(1980, 5, 1));
            assertEquals("intake.notice.minorGroundForAdult", assertThrows(BusinessException.class, () -> receive(adult, null)).messageKey());
            NewCriminalNotice seventeen = notice(COURT, FIRST_INSTANCE, MINOR);
            seventeen.setDefendantBirthDate(NOW.toLocalDate().minusYears(17));
            assertDoesNotThrow(() -> receive(seventeen, null));
            NewCriminalNotice nineteen = notice(COURT, FIRST_INSTANCE, MINOR);
            nineteen.setDefendantBirthDate(NOW.toLocalDate().minusYears(19));
            assertDoesNotThrow(() -> receive(nineteen, null), "an offence before 18 may still be tried as a juvenile's");
            NewCriminalNotice adultOtherGround = notice(COURT, FIRST_INSTANCE, LIFE_OR_DEATH);
            adultOtherGround.setDefendantBirthDate(LocalDate.of(1980, 5, 1));
            assertDoesNotThrow(() -> receive(adultOtherGround, null));
        }

        @Test
        void aNoticeCannotBeReceivedInTheFuture() {
            assertEquals("intake.notice.receivedInFuture", assertThrows(BusinessException.class,
                    () -> new CriminalNotice(notice(COURT, FIRST_INSTANCE, MINOR), null, 7L, NOW.plusMinutes(5), "clerk", NOW)).messageKey());
        }
    }

    @Nested
    @DisplayName("status")
    class Status {

        @Test
        void aReceivedNoticeCanBeWithdrawnOnceAndThenNotAssigned() {
            CriminalNotice n = receive(notice(COURT, FIRST_INSTANCE, MINOR), null);
            assertEquals(NoticeStatus.RECEIVED, n.getStatus());
            n.withdraw(" 被告人已自行委托辩护人 ", "court", NOW);
            assertEquals(NoticeStatus.WITHDRAWN, n.getStatus());
            assertEquals("被告人已自行委托辩护人", n.getWithdrawalReason());
            assertEquals("intake.notice.notWithdrawable", assertThrows(BusinessException.class, () -> n.withdraw("again", "court", NOW)).messageKey());
            assertEquals("intake.notice.notAssignable", assertThrows(BusinessException.class, () -> n.markAssigned(NOW)).messageKey());
        }

        @Test
        @DisplayName("an assigned notice is not withdrawn: ending the aid is a termination (LAL art. 48)")
        void anAssignedNoticeCannotBeWithdrawn() {
            CriminalNotice n = receive(notice(COURT, FIRST_INSTANCE, MINOR), null);
            n.markAssigned(NOW);
            assertEquals(NoticeStatus.ASSIGNED, n.getStatus());
            assertThrows(BusinessException.class, () -> n.withdraw("too late", "court", NOW));
        }
    }

    @Nested
    @DisplayName("one organ's document is one notice")
    class Key {

        @Test
        @DisplayName("full-width and half-width brackets, spaces and letters give the same key")
        void typingVariantsGiveTheSameKey() {
            NoticeKey typed = NoticeKey.of(" 青岛市市南区人民法院 ", "（2026）鲁0203刑初123号");
            assertEquals(typed, NoticeKey.of("青岛市 市南区人民法院", "(2026)鲁0203刑初123号"));
            assertEquals(typed, NoticeKey.of("青岛市市南区人民法院", "〔2026〕鲁0203刑初１２３号"));
            assertEquals(NoticeKey.of("青岛市公安局", "青公（刑）通字[2026]12号"), NoticeKey.of("青岛市公安局", "青公(刑)通字【2026】12号"));
            assertEquals(NoticeKey.of("x", "ab-1"), NoticeKey.of("Ｘ", "ＡＢ－１"));
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"200B", "FEFF", "00AD", "2060", "200C", "200E", "202E", "200D", "0000"})
        @DisplayName("issue 19: an invisible character inside the number does not make a new notice")
        void invisibleCharactersGiveTheSameKey(String hex) {
            String invisible = Character.toString(Integer.parseInt(hex, 16));
            NoticeKey plain = NoticeKey.of("青岛市市南区人民法院", "（2026）鲁0203刑初123号");
            assertEquals(plain, NoticeKey.of("青岛市市南区人民法院", "（2026）鲁0203" + invisible + "刑初123号"));
            assertEquals(plain, NoticeKey.of("青岛市市南区" + invisible + "人民法院", invisible + "（2026）鲁0203刑初123号"));
        }

        @Test
        void anotherNumberOrAnotherOrganIsAnotherNotice() {
            NoticeKey k = NoticeKey.of("青岛市市南区人民法院", "（2026）鲁0203刑初123号");
            assertFalse(k.equals(NoticeKey.of("青岛市市南区人民法院", "（2026）鲁0203刑初124号")));
            assertFalse(k.equals(NoticeKey.of("青岛市市北区人民法院", "（2026）鲁0203刑初123号")));
        }

        @Test
        void theKeyIsNeverLongerThanTheText() {
            String s = "（２０２６）　鲁〔０２０３〕刑初１２３号";
            assertTrue(NoticeKey.normalise(s).length() <= s.length());
        }

        @Test
        void theNoticeCarriesItsKey() {
            CriminalNotice n = receive(notice(COURT, FIRST_INSTANCE, MINOR), null);
            assertEquals(NoticeKey.of("青岛市市南区人民法院", "(2026)鲁0203刑初123号"), n.key());
            assertEquals("青岛市市南区人民法院 （2026）鲁0203刑初123号 · 张三", n.label());
        }
    }
}
