package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.Roles;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what on a case, and when: the rule the case page renders and the case boundary checks
 * before each act (issue 14); an archived case is read-only for everyone (issue 18).
 */
@DisplayName("Case acts: offered to the roles that take them, in the states where they apply; nothing changes an archived case")
class CaseActTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final List<String> ROLES = List.of(Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER,
            Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER,
            Roles.QUALITY_EVALUATOR, Roles.COMPLAINT_HANDLER, Roles.BUREAU_SUPERVISOR);

    private static LegalCase handled() {
        LegalCase c = LegalCaseTest.open(LocalDate.of(2026, 3, 8));
        setId(c, 4711L);
        c.recordHandling(LocalDate.of(2026, 5, 1), TODAY);
        return c;
    }

    private static CaseSituation of(LegalCase c, CaseTermination... terminations) {
        return new CaseSituation(c, List.of(terminations), Optional.empty());
    }

    private static Set<CaseAct> openTo(String role, CaseSituation s) {
        return CaseAct.openTo(role::equals, s);
    }

    private static String refusal(CaseAct act, String role, CaseSituation s) {
        return act.refusal(role::equals, s).orElseThrow(() -> new AssertionError(act + " open to " + role)).messageKey();
    }

    @Test
    @DisplayName("a case being handled: the supervisor records, strikes out, proposes termination and closes; the clerk records the lawyer's work")
    void handling() {
        CaseSituation s = of(handled());
        assertEquals(EnumSet.of(CaseAct.RECORD_PROGRESS, CaseAct.RECORD_SUPERVISION, CaseAct.STRIKE_OUT,
                CaseAct.STRIKE_OUT_SUPERVISION, CaseAct.RECORD_ENQUIRY, CaseAct.ANSWER_ENQUIRY, CaseAct.PROPOSE_TERMINATION,
                CaseAct.RECORD_END, CaseAct.SUBMIT_CLOSING, CaseAct.ATTACH_DOCUMENT), openTo(Roles.CASE_SUPERVISOR, s));
        assertEquals(EnumSet.of(CaseAct.RECORD_PROGRESS, CaseAct.STRIKE_OUT, CaseAct.RECORD_ENQUIRY, CaseAct.ANSWER_ENQUIRY),
                openTo(Roles.INTAKE_CLERK, s));
        assertEquals(EnumSet.of(CaseAct.CHANGE_SUPERVISOR), openTo(Roles.APPROVER, s));
        assertEquals(EnumSet.noneOf(CaseAct.class), openTo(Roles.REVIEWER, s));
        assertEquals(CaseAct.NOT_YOUR_ROLE, refusal(CaseAct.RECORD_SUPERVISION, Roles.INTAKE_CLERK, s));
        assertEquals("cases.review.notSubmitted", refusal(CaseAct.REVIEW_CLOSING, Roles.REVIEWER, s));
        assertEquals("cases.archive.notReviewed", refusal(CaseAct.ARCHIVE, Roles.REVIEWER, s));
    }

    @Test
    @DisplayName("issue 18: an archived case is read-only for every role — no entry, strike-out, document, supervisor, termination step")
    void archivedIsReadOnlyForEveryone() {
        LegalCase c = handled();
        c.submitClosing(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20), TODAY);
        c.passReview(LocalDate.of(2026, 7, 1), TODAY);
        c.archive(LocalDate.of(2026, 7, 2), TODAY);
        CaseTermination rejected = CaseTerminationTest.proposed(TerminationGround.DECEIT);
        rejected.reject("director", NOW, "证据不足");
        CaseSituation s = of(c, rejected);
        for (String role : ROLES) {
            Set<CaseAct> open = openTo(role, s);
            open.removeIf(CaseAct::isOpenWhenArchived);
            assertEquals(EnumSet.noneOf(CaseAct.class), open, role);
        }
        assertEquals(CaseAct.ARCHIVED, refusal(CaseAct.STRIKE_OUT, Roles.INTAKE_CLERK, s), "the district clerk's strike-out");
        assertEquals(CaseAct.ARCHIVED, refusal(CaseAct.STRIKE_OUT_SUPERVISION, Roles.CASE_SUPERVISOR, s));
        assertEquals(CaseAct.ARCHIVED, refusal(CaseAct.CHANGE_SUPERVISOR, Roles.APPROVER, s));
        assertEquals(CaseAct.ARCHIVED, refusal(CaseAct.ATTACH_DOCUMENT, Roles.CASE_SUPERVISOR, s));
        assertEquals(CaseAct.ARCHIVED, refusal(CaseAct.ARCHIVE, Roles.REVIEWER, s));
        assertEquals(EnumSet.of(CaseAct.RECORD_ENQUIRY, CaseAct.ANSWER_ENQUIRY), openTo(Roles.INTAKE_CLERK, s),
                "LAL art. 46: the client may still ask, and is answered from the record");
    }

    @Test
    @DisplayName("the file's review passed: entries are no longer struck out nor documents attached; the reviewer archives")
    void reviewedFileIsClosed() {
        LegalCase c = handled();
        c.submitClosing(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20), TODAY);
        c.passReview(LocalDate.of(2026, 7, 1), TODAY);
        CaseSituation s = of(c);
        assertEquals("cases.progress.fileClosed", refusal(CaseAct.STRIKE_OUT, Roles.CASE_SUPERVISOR, s));
        assertEquals("cases.document.closed", refusal(CaseAct.ATTACH_DOCUMENT, Roles.CASE_SUPERVISOR, s));
        assertEquals(EnumSet.of(CaseAct.ARCHIVE), openTo(Roles.REVIEWER, s));
    }

    @Test
    @DisplayName("a proposal waits: the director decides it, nobody proposes another")
    void proposalWaits() {
        CaseSituation s = of(handled(), CaseTerminationTest.proposed(TerminationGround.OWN_LAWYER));
        assertEquals(EnumSet.of(CaseAct.CHANGE_SUPERVISOR, CaseAct.DECIDE_TERMINATION), openTo(Roles.APPROVER, s));
        assertEquals("cases.termination.alreadyStanding", refusal(CaseAct.PROPOSE_TERMINATION, Roles.CASE_SUPERVISOR, s));
    }

    @Test
    @DisplayName("LAL art. 49, 64: an approved termination for deceit — objection once, costs by finance, fine by the bureau; no organ to tell in a civil case")
    void approvedForDeceit() {
        LegalCase c = handled();
        c.terminate(TODAY, TODAY);
        CaseTermination t = CaseTerminationTest.approved(TerminationGround.DECEIT);
        CaseSituation s = of(c, t);
        assertTrue(openTo(Roles.INTAKE_CLERK, s).contains(CaseAct.RECEIVE_TERMINATION_OBJECTION));
        assertTrue(openTo(Roles.FINANCE_OFFICER, s).contains(CaseAct.MARK_RECOVERY));
        assertEquals(EnumSet.of(CaseAct.IMPOSE_FINE, CaseAct.READ_TERMINATION_LETTERS), openTo(Roles.BUREAU_SUPERVISOR, s));
        assertEquals("cases.termination.notCriminal", refusal(CaseAct.NOTIFY_ORGAN, Roles.CASE_SUPERVISOR, s));
        assertTrue(openTo(Roles.CASE_SUPERVISOR, s).contains(CaseAct.SUBMIT_CLOSING), "the lawyer still hands in the file");

        t.receiveObjection("不服终止决定", TODAY, "clerk", TODAY);
        t.markRecovery(new java.math.BigDecimal("800.00"), "finance", NOW);
        s = of(c, t);
        assertEquals("cases.termination.objectionAlreadyReceived",
                refusal(CaseAct.RECEIVE_TERMINATION_OBJECTION, Roles.INTAKE_CLERK, s));
        assertEquals("cases.termination.recoveryAlreadySet", refusal(CaseAct.MARK_RECOVERY, Roles.FINANCE_OFFICER, s));
        assertTrue(openTo(Roles.BUREAU_SUPERVISOR, s).contains(CaseAct.DECIDE_TERMINATION_OBJECTION));
    }

    @Test
    @DisplayName("a struck entry is struck once; a clerk strikes out the lawyer's entries, not the supervisor's, and records only the lawyer's kinds")
    void entries() {
        LegalCase c = handled();
        CaseProgress meeting = new CaseProgress(c, new NewProgressEntry(ProgressKind.MEETING, TODAY, "会见受援人。"),
                "测试监督员", "casesup", NOW);
        Set<CaseAct> clerk = openTo(Roles.INTAKE_CLERK, of(c));
        Set<CaseAct> supervisor = openTo(Roles.CASE_SUPERVISOR, of(c));
        assertTrue(CaseAct.mayStrike(clerk, meeting));
        meeting.strikeOut("记错日期", "clerk", NOW);
        assertFalse(CaseAct.mayStrike(supervisor, meeting), "struck once");
        assertFalse(clerk.contains(CaseAct.strikeOutOf(ProgressKind.TRIAL_ATTENDANCE)));
        assertTrue(CaseAct.recordableKinds(clerk).stream().noneMatch(ProgressKind::isStaffActivity));
        assertEquals(List.of(ProgressKind.values()), CaseAct.recordableKinds(supervisor));
    }

    private static void setId(LegalCase c, long id) {
        try {
            Field f = LegalCase.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
