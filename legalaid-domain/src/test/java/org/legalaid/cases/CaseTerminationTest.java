package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Termination of aid (LAL art. 48), the objection to it (art. 49) and the consequences of deceit (art. 64). */
class CaseTerminationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    static CaseTermination proposed(TerminationGround ground) {
        return new CaseTermination(1050, 3, ground, "受援人自行委托了律师。", "casesup", NOW);
    }

    static CaseTermination approved(TerminationGround ground) {
        CaseTermination t = proposed(ground);
        t.approve("director", NOW, TODAY, "青法援终〔2026〕1号", 7L);
        return t;
    }

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).messageKey();
    }

    @Nested
    @DisplayName("the grounds of LAL art. 48")
    class Grounds {

        @Test
        @DisplayName("the eight items of art. 48 para. 1, each once, in the order of the law")
        void everyItemOnce() {
            assertEquals(8, TerminationGround.values().length);
            assertEquals(java.util.List.of(1, 2, 3, 4, 5, 6, 7, 8),
                    Arrays.stream(TerminationGround.values()).map(TerminationGround::item).toList());
            assertEquals("第四十八条第一款第（一）项", TerminationGround.DECEIT.citation());
            assertEquals("第四十八条第一款第（八）项", TerminationGround.OTHER_LAWFUL_GROUND.citation());
        }

        @Test
        @DisplayName("art. 64: only aid obtained by deceit (art. 48(1)) is recovered and fined")
        void onlyDeceitRecovers() {
            for (TerminationGround g : TerminationGround.values()) {
                boolean deceit = g == TerminationGround.DECEIT;
                assertEquals(deceit, g.isDeceit(), g.name());
                assertEquals(deceit, g.allowsRecovery(), g.name());
                assertEquals(deceit, g.allowsFine(), g.name());
            }
        }

        @ParameterizedTest
        @EnumSource(TerminationGround.class)
        @DisplayName("every ground needs written reasons (LAL art. 48: a written decision)")
        void everyGroundNeedsReasons(TerminationGround g) {
            assertEquals("cases.termination.reasonsRequired",
                    key(() -> new CaseTermination(1, 3, g, "  ", "casesup", NOW)));
            CaseTermination t = new CaseTermination(1, 3, g, " 理由 ", "casesup", NOW);
            assertEquals("理由", t.getReasons());
            assertEquals(TerminationState.PROPOSED, t.getState());
        }

        @ParameterizedTest
        @EnumSource(value = TerminationGround.class, names = "DECEIT", mode = EnumSource.Mode.EXCLUDE)
        @DisplayName("art. 64: a termination on a ground other than deceit allows neither recovery nor a fine")
        void otherGroundsRefuseMoney(TerminationGround g) {
            CaseTermination t = approved(g);
            assertEquals("cases.termination.notDeceit", key(() -> t.markRecovery(new BigDecimal("800.00"), "finance", NOW)));
            assertEquals("cases.termination.notDeceit", key(() -> t.imposeFine(new BigDecimal("500.00"), "bureau", NOW)));
            assertFalse(t.isRecoverable());
        }

        @ParameterizedTest
        @EnumSource(TerminationGround.class)
        @DisplayName("every ground is approved the same way and may be objected to (art. 49)")
        void everyGroundObjectable(TerminationGround g) {
            CaseTermination t = approved(g);
            t.receiveObjection("不服终止决定", TODAY, "clerk", TODAY);
            assertTrue(t.isObjectionPending());
        }
    }

    @Nested
    @DisplayName("approval")
    class Approval {

        @Test
        @DisplayName("the director who approves is never the one who proposed")
        void proposerCannotApprove() {
            CaseTermination t = proposed(TerminationGround.OWN_LAWYER);
            assertEquals("cases.termination.selfApproval", key(() -> t.approve("casesup", NOW, TODAY, "1号", 7L)));
            assertEquals("cases.termination.selfApproval", key(() -> t.reject("casesup", NOW, "不同意")));
            assertEquals(TerminationState.PROPOSED, t.getState());
        }

        @Test
        @DisplayName("approval dates the end of aid and keeps the number and the ended assignment")
        void approves() {
            CaseTermination t = approved(TerminationGround.OWN_LAWYER);
            assertEquals(TerminationState.APPROVED, t.getState());
            assertEquals(TODAY, t.getDecidedOn());
            assertEquals("青法援终〔2026〕1号", t.getDocumentNumber());
            assertEquals(7L, t.getEndedAssignmentId());
            assertEquals("cases.termination.notProposed", key(() -> t.approve("other", NOW, TODAY, "2号", 7L)));
        }

        @Test
        @DisplayName("a rejection needs written reasons and leaves the case as it was")
        void rejectionNeedsReasons() {
            CaseTermination t = proposed(TerminationGround.MEANS_CHANGED);
            assertEquals("cases.termination.reasonsRequired", key(() -> t.reject("director", NOW, "")));
            t.reject("director", NOW, "经济状况未发生实质变化");
            assertEquals(TerminationState.REJECTED, t.getState());
            assertFalse(t.isStanding());
            assertNull(t.getDocumentNumber());
        }
    }

    @Nested
    @DisplayName("after the approval")
    class AfterApproval {

        @Test
        @DisplayName("the organ is told once, not before the decision and not in the future")
        void organNotified() {
            CaseTermination t = approved(TerminationGround.PROCEEDINGS_ENDED);
            assertEquals("cases.termination.dateOutsideRange",
                    key(() -> t.recordOrganNotified(TODAY.minusDays(1), OrganNotice.LETTER, "casesup", TODAY)));
            assertEquals("cases.termination.dateOutsideRange",
                    key(() -> t.recordOrganNotified(TODAY.plusDays(1), OrganNotice.LETTER, "casesup", TODAY)));
            t.recordOrganNotified(TODAY, OrganNotice.FAX, "casesup", TODAY);
            assertEquals(OrganNotice.FAX, t.getOrganNotice());
            assertEquals("cases.termination.organAlreadyNotified",
                    key(() -> t.recordOrganNotified(TODAY, OrganNotice.FAX, "casesup", TODAY)));
        }

        @Test
        @DisplayName("a proposal not yet approved cannot be told to the organ nor objected to")
        void notBeforeApproval() {
            CaseTermination t = proposed(TerminationGround.PROCEEDINGS_ENDED);
            assertEquals("cases.termination.notApproved",
                    key(() -> t.recordOrganNotified(TODAY, OrganNotice.LETTER, "casesup", TODAY)));
            assertEquals("cases.termination.notApproved", key(() -> t.receiveObjection("不服", TODAY, "clerk", TODAY)));
        }

        @Test
        @DisplayName("art. 49: the bureau upholds — the termination stands; one objection only")
        void objectionUpheld() {
            CaseTermination t = approved(TerminationGround.CLIENT_REQUEST);
            t.receiveObjection("我没有要求终止", TODAY, "clerk", TODAY);
            assertEquals("cases.termination.objectionAlreadyReceived",
                    key(() -> t.receiveObjection("再次异议", TODAY, "clerk", TODAY)));
            t.decideObjection(false, "受援人书面申请在卷。", "bureau", NOW, "青司法援异〔2026〕1号");
            assertEquals(TerminationState.APPROVED, t.getState());
            assertFalse(t.isObjectionPending());
            assertEquals("cases.termination.noObjectionPending",
                    key(() -> t.decideObjection(true, "x", "bureau", NOW, null)));
        }

        @Test
        @DisplayName("art. 49: the bureau orders correction — the termination is revoked")
        void objectionRevokes() {
            CaseTermination t = approved(TerminationGround.CLIENT_REQUEST);
            assertEquals("cases.termination.noObjectionPending",
                    key(() -> t.decideObjection(true, "x", "bureau", NOW, null)));
            t.receiveObjection("我没有要求终止", TODAY, "clerk", TODAY);
            t.decideObjection(true, "卷内无受援人申请。", "bureau", NOW, "青司法援异〔2026〕2号");
            assertEquals(TerminationState.REVOKED, t.getState());
            assertFalse(t.isStanding());
        }
    }

    @Nested
    @DisplayName("deceit (LAL art. 64)")
    class Deceit {

        @Test
        @DisplayName("costs of aid and a fine of up to ¥3,000 are recorded, scale 2, once each")
        void recoveryAndFine() {
            CaseTermination t = approved(TerminationGround.DECEIT);
            assertTrue(t.isRecoverable());
            t.markRecovery(new BigDecimal("1500"), "finance", NOW);
            assertEquals(new BigDecimal("1500.00"), t.getRecoveryAmount());
            t.imposeFine(new BigDecimal("3000.00"), "bureau", NOW);
            assertEquals(new BigDecimal("3000.00"), t.getFineAmount());
            assertEquals("cases.termination.recoveryAlreadySet", key(() -> t.markRecovery(BigDecimal.TEN, "finance", NOW)));
            assertEquals("cases.termination.fineAlreadyDecided", key(() -> t.imposeFine(BigDecimal.TEN, "bureau", NOW)));
        }

        @Test
        @DisplayName("a fine above ¥3,000, of zero or below is refused")
        void fineOutOfRange() {
            CaseTermination t = approved(TerminationGround.DECEIT);
            assertEquals("cases.termination.fineOutOfRange", key(() -> t.imposeFine(new BigDecimal("3000.01"), "bureau", NOW)));
            assertEquals("cases.termination.fineOutOfRange", key(() -> t.imposeFine(BigDecimal.ZERO, "bureau", NOW)));
            assertEquals("cases.termination.fineOutOfRange", key(() -> t.imposeFine(new BigDecimal("-5.00"), "bureau", NOW)));
            assertEquals("cases.termination.amountInvalid", key(() -> t.imposeFine(new BigDecimal("10.005"), "bureau", NOW)));
            assertNull(t.getFineAmount());
        }

        @Test
        @DisplayName("costs to recover must be a positive amount in yuan and fen")
        void recoveryPositive() {
            CaseTermination t = approved(TerminationGround.DECEIT);
            assertEquals("cases.termination.amountInvalid", key(() -> t.markRecovery(BigDecimal.ZERO, "finance", NOW)));
            assertEquals("cases.termination.amountInvalid", key(() -> t.markRecovery(new BigDecimal("1.234"), "finance", NOW)));
            assertEquals("cases.termination.amountInvalid", key(() -> t.markRecovery(null, "finance", NOW)));
        }

        @Test
        @DisplayName("nothing is recovered before the approval or after a revocation")
        void onlyWhileStanding() {
            CaseTermination p = proposed(TerminationGround.DECEIT);
            assertEquals("cases.termination.notApproved", key(() -> p.imposeFine(BigDecimal.TEN, "bureau", NOW)));
            CaseTermination t = approved(TerminationGround.DECEIT);
            t.receiveObjection("并无欺骗", TODAY, "clerk", TODAY);
            t.decideObjection(true, "证据不足", "bureau", NOW, "1号");
            assertEquals("cases.termination.notApproved", key(() -> t.markRecovery(BigDecimal.TEN, "finance", NOW)));
            assertTrue(EnumSet.of(TerminationState.REVOKED).contains(t.getState()));
        }
    }
}
