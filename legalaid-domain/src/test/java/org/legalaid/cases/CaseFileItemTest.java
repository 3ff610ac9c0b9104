package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

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
}
