package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which items a closed case's file must hold (docs/domain.md "Case lifecycle" 9). */
class CaseFileItemTest {

    private static Set<CaseFileItem> required(boolean criminal, boolean notified, CaseOutcome outcome) {
        return CaseFileItem.requiredFor(new CaseFileItem.CaseKind(criminal, notified, outcome));
    }

    @Test
    @DisplayName("every file holds the index, 指派通知书, 公函, both notices of rights and duties, meeting records, closing report and the current evaluation form")
    void alwaysRequired() {
        for (CaseOutcome o : CaseOutcome.values()) {
            for (boolean criminal : new boolean[]{true, false}) {
                Set<CaseFileItem> r = required(criminal, false, o);
                assertTrue(r.containsAll(Set.of(CaseFileItem.INDEX, CaseFileItem.ASSIGNMENT_NOTICE, CaseFileItem.AID_LETTER,
                        CaseFileItem.LAWYER_RIGHTS_NOTICE, CaseFileItem.CLIENT_RIGHTS_NOTICE, CaseFileItem.MEETING_RECORD,
                        CaseFileItem.CLOSING_REPORT, CaseFileItem.QUALITY_EVALUATION_FORM)), o + " " + criminal);
            }
        }
    }

    @Test
    @DisplayName("a civil case applied for and decided by judgment: application, approval form, decision, trial record, signed agency opinion and judgment; no file review")
    void civilJudgment() {
        Set<CaseFileItem> r = required(false, false, CaseOutcome.JUDGMENT);
        assertTrue(r.containsAll(Set.of(CaseFileItem.APPLICATION, CaseFileItem.REVIEW_APPROVAL_FORM, CaseFileItem.AID_DECISION,
                CaseFileItem.TRIAL_RECORD, CaseFileItem.SIGNED_OPINION, CaseFileItem.COURT_DOCUMENT)));
        assertFalse(r.contains(CaseFileItem.FILE_REVIEW_RECORD), "file review is the criminal defence's record");
        assertFalse(r.contains(CaseFileItem.ORGAN_NOTICE));
        assertFalse(r.contains(CaseFileItem.TERMINATION_DECISION));
    }

    @Test
    @DisplayName("a notified criminal case (LAL art. 25, 36): the organ's notice instead of application, approval form and decision; file-review records required")
    void notifiedCriminal() {
        Set<CaseFileItem> r = required(true, true, CaseOutcome.JUDGMENT);
        assertTrue(r.contains(CaseFileItem.ORGAN_NOTICE));
        assertTrue(r.contains(CaseFileItem.FILE_REVIEW_RECORD));
        assertFalse(r.contains(CaseFileItem.APPLICATION));
        assertFalse(r.contains(CaseFileItem.REVIEW_APPROVAL_FORM));
        assertFalse(r.contains(CaseFileItem.AID_DECISION));
    }

    @Test
    @DisplayName("a terminated case (LAL art. 48) needs the termination decision instead of the judgment, trial record and opinion")
    void terminated() {
        Set<CaseFileItem> r = required(true, false, CaseOutcome.TERMINATED);
        assertTrue(r.contains(CaseFileItem.TERMINATION_DECISION));
        assertFalse(r.contains(CaseFileItem.COURT_DOCUMENT));
        assertFalse(r.contains(CaseFileItem.TRIAL_RECORD));
        assertFalse(r.contains(CaseFileItem.SIGNED_OPINION));
        assertTrue(r.contains(CaseFileItem.FILE_REVIEW_RECORD), "still a criminal case");
    }

    @Test
    @DisplayName("a mediated case needs the mediation document but no trial record; a settled matter has no court document")
    void mediationAndSettlement() {
        Set<CaseFileItem> mediated = required(false, false, CaseOutcome.MEDIATION);
        assertTrue(mediated.contains(CaseFileItem.COURT_DOCUMENT));
        assertFalse(mediated.contains(CaseFileItem.TRIAL_RECORD));
        Set<CaseFileItem> settled = required(false, false, CaseOutcome.SETTLED);
        assertFalse(settled.contains(CaseFileItem.COURT_DOCUMENT));
        assertFalse(settled.contains(CaseFileItem.SIGNED_OPINION));
        assertTrue(CaseFileItem.SIGNED_OPINION.isRequiredFor(new CaseFileItem.CaseKind(false, false, CaseOutcome.JUDGMENT)));
    }

    private static Set<CaseFileItem> required(Proceeding proceeding, CaseOutcome outcome) {
        return CaseFileItem.requiredFor(new CaseFileItem.CaseKind(false, false, proceeding, outcome));
    }

    @Test
    @DisplayName("labour arbitration ended by award: the arbitration hearing record, the signed agency opinion and the award; no court document, no trial record (issue 18)")
    void arbitrationAward() {
        Set<CaseFileItem> r = required(Proceeding.ARBITRATION, CaseOutcome.AWARD);
        assertTrue(r.containsAll(Set.of(CaseFileItem.ARBITRATION_RECORD, CaseFileItem.SIGNED_OPINION, CaseFileItem.ARBITRAL_DOCUMENT,
                CaseFileItem.APPLICATION, CaseFileItem.AID_DECISION)));
        assertFalse(r.contains(CaseFileItem.COURT_DOCUMENT), "an arbitration has no 判决书/裁定书");
        assertFalse(r.contains(CaseFileItem.TRIAL_RECORD), "an arbitration has no 庭审笔录 of a court");
    }

    @Test
    @DisplayName("labour arbitration mediated or withdrawn: the commission's document without a hearing record; settled: the agreement")
    void arbitrationMediationWithdrawalSettlement() {
        for (CaseOutcome o : new CaseOutcome[]{CaseOutcome.MEDIATION, CaseOutcome.WITHDRAWN}) {
            Set<CaseFileItem> r = required(Proceeding.ARBITRATION, o);
            assertTrue(r.contains(CaseFileItem.ARBITRAL_DOCUMENT), o.name());
            assertFalse(r.contains(CaseFileItem.ARBITRATION_RECORD), o.name());
            assertFalse(r.contains(CaseFileItem.COURT_DOCUMENT), o.name());
        }
        Set<CaseFileItem> settled = required(Proceeding.ARBITRATION, CaseOutcome.SETTLED);
        assertTrue(settled.contains(CaseFileItem.AGREEMENT));
        assertFalse(settled.contains(CaseFileItem.ARBITRAL_DOCUMENT));
    }

    @Test
    @DisplayName("a non-litigation matter: the agreement when settled, nothing of a court or tribunal either way")
    void nonLitigation() {
        Set<CaseFileItem> settled = required(Proceeding.NON_LITIGATION, CaseOutcome.SETTLED);
        assertTrue(settled.contains(CaseFileItem.AGREEMENT));
        for (CaseOutcome o : CaseOutcome.forProceeding(Proceeding.NON_LITIGATION)) {
            Set<CaseFileItem> r = required(Proceeding.NON_LITIGATION, o);
            for (CaseFileItem court : Set.of(CaseFileItem.COURT_DOCUMENT, CaseFileItem.TRIAL_RECORD, CaseFileItem.SIGNED_OPINION,
                    CaseFileItem.ARBITRATION_RECORD, CaseFileItem.ARBITRAL_DOCUMENT)) {
                assertFalse(r.contains(court), o + " " + court);
            }
        }
        assertFalse(required(Proceeding.NON_LITIGATION, CaseOutcome.CONCLUDED).contains(CaseFileItem.AGREEMENT));
    }

    @Test
    @DisplayName("the outcomes follow the proceeding: no 判决/裁定 in an arbitration or a non-litigation matter, no award in court; termination fits all")
    void outcomesFollowTheProceeding() {
        assertFalse(CaseOutcome.JUDGMENT.fits(Proceeding.ARBITRATION));
        assertFalse(CaseOutcome.RULING.fits(Proceeding.ARBITRATION));
        assertTrue(CaseOutcome.AWARD.fits(Proceeding.ARBITRATION));
        assertFalse(CaseOutcome.AWARD.fits(Proceeding.LITIGATION));
        assertFalse(CaseOutcome.JUDGMENT.fits(Proceeding.NON_LITIGATION));
        assertFalse(CaseOutcome.MEDIATION.fits(Proceeding.NON_LITIGATION), "a non-litigation agreement is 'settled'");
        for (Proceeding p : Proceeding.values()) {
            assertTrue(CaseOutcome.TERMINATED.fits(p), p.name());
            assertFalse(CaseOutcome.forProceeding(p).isEmpty(), p.name());
        }
        assertEquals(Proceeding.ARBITRATION, Proceeding.of(org.legalaid.intake.MatterType.LABOUR_ARBITRATION));
        assertEquals(Proceeding.NON_LITIGATION, Proceeding.of(org.legalaid.intake.MatterType.NON_LITIGATION));
        assertEquals(Proceeding.LITIGATION, Proceeding.of(org.legalaid.intake.MatterType.CRIMINAL));
    }

    @Test
    @DisplayName("what a proceeding's file may hold includes everything it requires for each of its outcomes")
    void offeredCoversRequired() {
        for (Proceeding p : Proceeding.values()) {
            for (CaseOutcome o : CaseOutcome.values()) {
                if (o.fits(p)) {
                    for (boolean criminal : new boolean[]{true, false}) {
                        Set<CaseFileItem> r = CaseFileItem.requiredFor(new CaseFileItem.CaseKind(criminal, false, p, o));
                        assertTrue(CaseFileItem.offeredFor(p).containsAll(r), p + " " + o);
                    }
                }
            }
        }
        assertFalse(CaseFileItem.offeredFor(Proceeding.ARBITRATION).contains(CaseFileItem.COURT_DOCUMENT));
        assertFalse(CaseFileItem.offeredFor(Proceeding.LITIGATION).contains(CaseFileItem.ARBITRAL_DOCUMENT));
    }
}
