package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Application: the states of an application and the date logic between them")
class ApplicationTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);
    static final HardshipStandard QINGDAO = new HardshipStandard("370202", 2026, new BigDecimal("1000.00"), new BigDecimal("2"));

    static String id(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static Applicant applicant(String idNumber, int householdSize, String income) {
        NewApplicant f = new NewApplicant();
        f.setIdNumber(idNumber);
        f.setFullName("张秀英");
        f.setHouseholdSize(householdSize);
        f.setHouseholdMonthlyIncome(new BigDecimal(income));
        Applicant a = new Applicant(f, ResidentIdNumber.parse(idNumber, T0.toLocalDate()), 1L, "clerk",
                OffsetDateTime.of(T0, ZoneOffset.ofHours(8)));
        try {
            Field field = Applicant.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(a, 7L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return a;
    }

    static final Applicant ELDERLY = applicant(id("37020219580101152"), 2, "5000.00");

    static NewApplication form(MatterType type, MatterCategory category) {
        NewApplication f = new NewApplication();
        f.setApplicantId(7L);
        f.setMatterType(type);
        f.setMatterCategory(category);
        f.setFacts("三个子女均不支付赡养费。");
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode("370202");
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        return f;
    }

    static Application received() {
        return new Application(form(MatterType.CIVIL, MatterCategory.ELDER_SUPPORT), ELDERLY, 1L, "clerk", T0);
    }

    static ReviewFindings findings(boolean inScope, boolean exempt, boolean inHardship) {
        ScopeResult scope = inScope ? ScopeCheck.check(MatterType.CIVIL, MatterCategory.ELDER_SUPPORT)
                : ScopeCheck.check(MatterType.CIVIL, MatterCategory.OTHER);
        Optional<ExemptionRule> exemption = exempt ? ExemptionRules.defaults().stream()
                .filter(r -> r.code().equals(ExemptionRules.LOCAL_ELDERLY_65)).findFirst() : Optional.empty();
        BigDecimal income = inHardship ? new BigDecimal("1000.00") : new BigDecimal("2000.01");
        return new ReviewFindings(scope, exemption, Optional.of(MeansTest.assess(income, 1, QINGDAO)));
    }

    @Nested
    @DisplayName("Receipt")
    class Receipt {

        @Test
        void aNewApplicationIsReceivedAndNotYetAccepted() {
            Application a = received();
            assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
            assertEquals("张秀英", a.getApplicantName());
            assertFalse(a.isForwardedLate());
        }

        @Test
        @DisplayName("LAL art. 39: a forward from custody exactly 24 hours later is on time")
        void forwardAtExactly24HoursIsOnTime() {
            NewApplication f = form(MatterType.CRIMINAL, MatterCategory.OTHER);
            f.setChannel(ApplicationChannel.CUSTODY_FORWARD);
            f.setCustodyFacility("青岛市第一看守所");
            f.setCustodyReceivedAt(T0.minusHours(24));
            assertFalse(new Application(f, ELDERLY, 1L, "clerk", T0).isForwardedLate());
        }

        @Test
        @DisplayName("LAL art. 39: a forward from custody one minute after 24 hours is flagged, and still received")
        void forwardAfter24HoursIsFlagged() {
            NewApplication f = form(MatterType.CRIMINAL, MatterCategory.OTHER);
            f.setChannel(ApplicationChannel.CUSTODY_FORWARD);
            f.setCustodyFacility("青岛市第一看守所");
            f.setCustodyReceivedAt(T0.minusHours(24).minusMinutes(1));
            Application a = new Application(f, ELDERLY, 1L, "clerk", T0);
            assertTrue(a.isForwardedLate());
            assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
        }

        @Test
        void aForwardNeedsTheFacilityAndItsTime() {
            NewApplication f = form(MatterType.CRIMINAL, MatterCategory.OTHER);
            f.setChannel(ApplicationChannel.CUSTODY_FORWARD);
            assertKey("intake.application.custodyDetailsMissing", () -> new Application(f, ELDERLY, 1L, "clerk", T0));
        }

        @Test
        void aForwardCannotBeReceivedByTheFacilityAfterTheCentre() {
            NewApplication f = form(MatterType.CRIMINAL, MatterCategory.OTHER);
            f.setChannel(ApplicationChannel.CUSTODY_FORWARD);
            f.setCustodyFacility("看守所");
            f.setCustodyReceivedAt(T0.plusMinutes(1));
            assertKey("intake.application.custodyAfterReceipt", () -> new Application(f, ELDERLY, 1L, "clerk", T0));
        }

        @Test
        void theOpposingPartyCannotBeTheApplicant() {
            NewApplication f = form(MatterType.CIVIL, MatterCategory.ELDER_SUPPORT);
            f.setOpposingPartyIdNumber(ELDERLY.idNumber());
            assertKey("intake.application.opposingPartyIsApplicant", () -> new Application(f, ELDERLY, 1L, "clerk", T0));
        }

        @Test
        void theOpposingPartysBirthDateComesFromTheirIdNumber() {
            NewApplication f = form(MatterType.CIVIL, MatterCategory.ELDER_SUPPORT);
            f.setOpposingPartyName("李强");
            f.setOpposingPartyIdNumber(id("37020219850615003"));
            Application a = new Application(f, ELDERLY, 1L, "clerk", T0);
            assertEquals(LocalDate.of(1985, 6, 15), a.getOpposingPartyBirthDate());
            f.setOpposingPartyBirthDate(LocalDate.of(1985, 6, 16));
            assertKey("intake.application.opposingBirthDateContradictsId", () -> new Application(f, ELDERLY, 1L, "clerk", T0));
        }
    }

    @Nested
    @DisplayName("Acceptance and missing materials (LAL art. 38, 43)")
    class Acceptance {

        @Test
        @DisplayName("LAL art. 38: litigation is accepted where the case-handling organ sits, not where the matter arose")
        void jurisdictionMustFitTheMatter() {
            Application a = received();
            assertKey("intake.application.jurisdictionDoesNotFit", () -> a.accept(JurisdictionGround.EVENT_LOCATION, "clerk", T0.plusHours(1)));
            a.accept(JurisdictionGround.HANDLING_ORGAN_LOCATION, "clerk", T0.plusHours(1));
            assertEquals(ApplicationStatus.ACCEPTED, a.getStatus());
        }

        @Test
        @DisplayName("LAL art. 38: non-litigation is accepted where the matter arose")
        void nonLitigationMayBeAcceptedWhereTheMatterArose() {
            Application a = new Application(form(MatterType.NON_LITIGATION, MatterCategory.ELDER_SUPPORT), ELDERLY, 1L, "clerk", T0);
            a.accept(JurisdictionGround.EVENT_LOCATION, "clerk", T0.plusHours(1));
            assertEquals(JurisdictionGround.EVENT_LOCATION, a.getJurisdiction());
        }

        @Test
        void acceptanceCannotPrecedeReceipt() {
            Application a = received();
            assertKey("intake.application.dateBeforePreviousStep", () -> a.accept(JurisdictionGround.HANDLING_ORGAN_LOCATION, "clerk", T0.minusMinutes(1)));
        }

        @Test
        @DisplayName("LAL art. 43: missing materials are listed once; supplying them returns to review")
        void materialsAreRequestedOnce() {
            Application a = received();
            a.accept(JurisdictionGround.HANDLING_ORGAN_LOCATION, "clerk", T0.plusHours(1));
            a.requestMaterials(Set.of(SupportingDocument.HARDSHIP_CERTIFICATE), "请补交低保证明", T0.plusDays(16), T0.plusHours(2));
            assertEquals(ApplicationStatus.AWAITING_MATERIALS, a.getStatus());
            a.supplyMaterials(T0.plusDays(3));
            assertEquals(ApplicationStatus.ACCEPTED, a.getStatus());
            assertTrue(a.getDocuments().contains(SupportingDocument.HARDSHIP_CERTIFICATE));
            assertKey("intake.application.materialsAlreadyRequested",
                    () -> a.requestMaterials(Set.of(SupportingDocument.IDENTITY), null, T0.plusDays(20), T0.plusDays(4)));
        }

        @Test
        void anEmptyListOfMissingMaterialsIsRefused() {
            Application a = received();
            assertKey("intake.application.noMaterialsListed", () -> a.requestMaterials(Set.of(), null, T0.plusDays(15), T0.plusHours(1)));
        }

        @Test
        @DisplayName("LAL art. 43: not supplied by the deadline, the application is deemed withdrawn — not a minute before")
        void deemedWithdrawnOnlyAfterTheDeadline() {
            Application a = received();
            LocalDateTime due = T0.plusDays(15);
            a.requestMaterials(Set.of(SupportingDocument.IDENTITY), null, due, T0.plusHours(1));
            assertKey("intake.application.materialsNotYetDue", () -> a.deemWithdrawn(due.minusMinutes(1)));
            a.deemWithdrawn(due);
            assertEquals(ApplicationStatus.DEEMED_WITHDRAWN, a.getStatus());
            assertKey("intake.application.wrongStatus", () -> a.supplyMaterials(due.plusHours(1)));
        }
    }

    @Nested
    @DisplayName("Review and decision (LAL art. 31-34, 41-43)")
    class Decision {

        Application accepted() {
            Application a = received();
            a.accept(JurisdictionGround.HANDLING_ORGAN_LOCATION, "clerk", T0.plusHours(1));
            return a;
        }

        @Test
        void noOpinionBeforeAcceptance() {
            assertKey("intake.application.notAccepted",
                    () -> received().propose(true, findings(true, true, false), null, "理由", "reviewer", T0.plusHours(2)));
        }

        @Test
        @DisplayName("LAL art. 31: a matter out of scope cannot be proposed for a grant")
        void grantOutOfScopeRefused() {
            assertKey("intake.application.grantOutOfScope",
                    () -> accepted().propose(true, findings(false, false, true), HardshipVerification.INFORMATION_SHARING, "理由", "reviewer", T0.plusHours(2)));
        }

        @Test
        @DisplayName("LAL art. 34: neither exempt nor in hardship, no grant")
        void grantWithoutHardshipRefused() {
            assertKey("intake.application.grantWithoutHardship",
                    () -> accepted().propose(true, findings(true, false, false), HardshipVerification.INFORMATION_SHARING, "理由", "reviewer", T0.plusHours(2)));
        }

        @Test
        @DisplayName("LAL art. 41: the integrity pledge verifies hardship only when the application holds it")
        void pledgeMustBeOnFile() {
            Application a = accepted();
            assertKey("intake.application.verificationDocumentMissing",
                    () -> a.propose(true, findings(true, false, true), HardshipVerification.INTEGRITY_PLEDGE, "理由", "reviewer", T0.plusHours(2)));
        }

        @Test
        @DisplayName("Seed 001: an exempt applicant is granted with the exemption recorded, whatever the income")
        void exemptApplicantGrantedWithTheReasonKept() {
            Application a = accepted();
            a.propose(true, findings(true, true, false), null, "符合条件", "reviewer", T0.plusHours(2));
            assertEquals(HardshipVerification.EXEMPT, a.getVerification());
            assertEquals(ExemptionRules.LOCAL_ELDERLY_65, a.getExemptionCode());
            assertTrue(a.getExemptionBasis().contains("65岁以上"));
            a.approve("approver", T0.plusHours(3), "青北法援决〔2026〕1号");
            assertEquals(ApplicationStatus.GRANTED, a.getStatus());
            assertEquals("青北法援决〔2026〕1号", a.getDecisionNumber());
        }

        @Test
        @DisplayName("The approver is never the reviewer who proposed")
        void proposerCannotApprove() {
            Application a = accepted();
            a.propose(false, findings(false, false, false), null, "不属于法律援助范围", "reviewer", T0.plusHours(2));
            assertKey("intake.application.approverIsProposer", () -> a.approve("reviewer", T0.plusHours(3), "N1"));
            assertEquals(ApplicationStatus.PENDING_APPROVAL, a.getStatus());
        }

        @Test
        void theApproverMaySendAProposalBack() {
            Application a = accepted();
            a.propose(false, findings(false, false, false), null, "不属于", "reviewer", T0.plusHours(2));
            a.returnToReview(T0.plusHours(3));
            assertEquals(ApplicationStatus.ACCEPTED, a.getStatus());
            a.propose(true, findings(true, true, false), null, "重新审查后符合", "reviewer", T0.plusHours(4));
            assertEquals(Boolean.TRUE, a.getProposedGrant());
        }

        @Test
        @DisplayName("LAL art. 49: a refusal upheld on objection stays refused; an order grants aid")
        void objectionOutcomesFlowBack() {
            Application upheld = accepted();
            upheld.propose(false, findings(true, false, false), null, "收入超标", "reviewer", T0.plusHours(2));
            upheld.approve("approver", T0.plusHours(3), "N1");
            assertKey("intake.application.wrongStatus", () -> upheld.decideObjection(true, "x", "bureau", T0.plusHours(4), "O1"));
            upheld.receiveObjection("收入计算有误", "clerk", T0.plusDays(1));
            assertKey("intake.application.objectionAlreadyReceived", () -> upheld.receiveObjection("again", "clerk", T0.plusDays(1)));
            upheld.decideObjection(false, "计算无误", "bureau", T0.plusDays(2), "O1");
            assertEquals(ApplicationStatus.REFUSAL_UPHELD, upheld.getStatus());

            Application ordered = accepted();
            ordered.propose(false, findings(true, false, false), null, "收入超标", "reviewer", T0.plusHours(2));
            ordered.approve("approver", T0.plusHours(3), "N2");
            ordered.receiveObjection("家庭人口漏算", "clerk", T0.plusDays(1));
            ordered.decideObjection(true, "应予援助", "bureau", T0.plusDays(2), "O2");
            assertTrue(ordered.isGranted());
            assertEquals(Boolean.TRUE, ordered.getObjectionOrderedAid());
        }
    }

    @Nested
    @DisplayName("Urgent prior aid (LAL art. 44)")
    class Urgent {

        @Test
        @DisplayName("LAL art. 44: aid starts before acceptance, and the formalities owed are listed until done")
        void formalitiesOwedUntilDone() {
            Application a = received();
            a.startUrgentAid(UrgentGround.LIMITATION_ENDING, "诉讼时效还有5天届满", "reviewer", T0.plusHours(1));
            assertTrue(a.isUrgent());
            FormalitiesOwed owed = a.formalitiesOwed();
            assertTrue(owed.acceptance());
            assertTrue(owed.decision());
            assertEquals(Set.of(SupportingDocument.HARDSHIP_CERTIFICATE), owed.documents());
            a.accept(JurisdictionGround.HANDLING_ORGAN_LOCATION, "clerk", T0.plusHours(2));
            a.propose(true, findings(true, true, false), null, "符合", "reviewer", T0.plusHours(3));
            a.approve("approver", T0.plusHours(4), "N1");
            assertTrue(a.formalitiesOwed().isEmpty());
        }

        @Test
        void urgentAidStartsOnceAndOnlyBeforeTheDecision() {
            Application a = received();
            a.startUrgentAid(UrgentGround.PRESERVATION_NEEDED, "需财产保全", "reviewer", T0.plusHours(1));
            assertKey("intake.application.urgentAlreadyStarted", () -> a.startUrgentAid(UrgentGround.OTHER_BY_LAW, "x", "r", T0.plusHours(2)));
        }
    }

    static void assertKey(String key, Runnable r) {
        BusinessException e = assertThrows(BusinessException.class, r::run);
        assertEquals(key, e.messageKey());
    }
}
