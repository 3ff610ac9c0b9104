package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress entries 办案记录 (docs/domain.md lifecycle 8; LAL art. 46, 59). */
class CaseProgressTest {

    private static final LocalDate ASSIGNED = LocalDate.of(2026, 3, 8);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private static LegalCase openCase() {
        return LegalCaseTest.open(ASSIGNED);
    }

    private static NewProgressEntry entry(ProgressKind kind, LocalDate on) {
        return new NewProgressEntry(kind, on, "会见当事人，了解案情。");
    }

    private static CaseProgress record(LegalCase c, NewProgressEntry f) {
        return new CaseProgress(c, f, "测试监督员", "casesup", NOW);
    }

    private static String refusal(LegalCase c, NewProgressEntry f) {
        return assertThrows(BusinessException.class, () -> record(c, f)).messageKey();
    }

    @Test
    @DisplayName("a meeting is the lawyer's: recorded by staff for the lawyer named on the case, and moves the case's handling dates")
    void meetingIsTheLawyers() {
        LegalCase c = openCase();
        CaseProgress p = record(c, entry(ProgressKind.MEETING, LocalDate.of(2026, 3, 10)));
        assertEquals("李明", p.getPerformedBy());
        assertEquals("casesup", p.getRecordedBy());
        assertEquals(LocalDate.of(2026, 3, 10), c.getFirstHandlingOn());
        assertEquals(LocalDate.of(2026, 3, 10), c.getLastHandlingOn());
        assertTrue(p.isToldToClient());
    }

    @Test
    @DisplayName("seed 004: an entry dated before the assignment is refused, and the case's dates stay as they were")
    void beforeAssignmentRefused() {
        LegalCase c = openCase();
        assertEquals("cases.date.before", refusal(c, entry(ProgressKind.MEETING, ASSIGNED.minusDays(1))));
        assertNull(c.getFirstHandlingOn());
    }

    @Test
    @DisplayName("an entry dated in the future is refused")
    void futureRefused() {
        assertEquals("cases.date.future", refusal(openCase(), entry(ProgressKind.HEARING, LocalDate.of(2026, 11, 23))));
    }

    @Test
    @DisplayName("no entry once the case has ended (after the closing submission)")
    void afterEndRefused() {
        LegalCase c = openCase();
        c.submitClosing(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20), NOW.toLocalDate());
        assertEquals("cases.notHandling", refusal(c, entry(ProgressKind.MEETING, LocalDate.of(2026, 6, 5))));
    }

    @Test
    @DisplayName("a missing date, kind or text is refused with its own message")
    void requiredFields() {
        LegalCase c = openCase();
        assertEquals("cases.progress.dateRequired", refusal(c, entry(ProgressKind.MEETING, null)));
        assertEquals("cases.progress.kindRequired", refusal(c, entry(null, LocalDate.of(2026, 3, 9))));
        assertEquals("cases.progress.detailsRequired",
                refusal(c, new NewProgressEntry(ProgressKind.FILE_REVIEW, LocalDate.of(2026, 3, 9), "   ")));
    }

    @Test
    @DisplayName("LAL art. 59: a trial attendance needs a short assessment and a grade; it is staff's and internal")
    void trialAttendance() {
        LegalCase c = openCase();
        NewProgressEntry f = entry(ProgressKind.TRIAL_ATTENDANCE, LocalDate.of(2026, 4, 2));
        assertEquals("cases.progress.assessmentRequired", refusal(c, f));
        f.setAssessment("辩护意见充分，庭审表现良好。");
        assertEquals("cases.progress.assessmentRequired", refusal(c, f));
        f.setGrade(AttendanceGrade.GOOD);
        CaseProgress p = record(c, f);
        assertEquals("测试监督员", p.getPerformedBy());
        assertEquals(AttendanceGrade.GOOD, p.getGrade());
        assertFalse(p.isToldToClient(), "a client's progress enquiry is not told the centre's assessment");
    }

    @Test
    @DisplayName("LAL art. 59: an opinion sought names the judicial organ and what it said")
    void opinionSought() {
        LegalCase c = openCase();
        NewProgressEntry f = entry(ProgressKind.OPINION_SOUGHT, LocalDate.of(2026, 4, 2));
        f.setOrgan("青岛市市南区人民法院");
        assertEquals("cases.progress.opinionRequired", refusal(c, f));
        f.setOrganOpinion("律师尽职。");
        assertEquals("青岛市市南区人民法院", record(c, f).getOrgan());
    }

    @Test
    @DisplayName("LAL art. 59: a follow-up visit needs the client's satisfaction 满意/基本满意/不满意")
    void followUpVisit() {
        LegalCase c = openCase();
        NewProgressEntry f = entry(ProgressKind.FOLLOW_UP_VISIT, LocalDate.of(2026, 4, 2));
        assertEquals("cases.progress.satisfactionRequired", refusal(c, f));
        f.setSatisfaction(Satisfaction.BASICALLY_SATISFIED);
        assertEquals(Satisfaction.BASICALLY_SATISFIED, record(c, f).getSatisfaction());
    }

    @ParameterizedTest
    @EnumSource(value = ProgressKind.class, names = "FOLLOW_UP_VISIT", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("a satisfaction rating belongs to a follow-up visit only")
    void ratingOnlyForVisits(ProgressKind kind) {
        NewProgressEntry f = entry(kind, LocalDate.of(2026, 4, 2));
        f.setAssessment(kind == ProgressKind.TRIAL_ATTENDANCE ? "良好" : null);
        f.setGrade(kind == ProgressKind.TRIAL_ATTENDANCE ? AttendanceGrade.GOOD : null);
        f.setOrgan(kind == ProgressKind.OPINION_SOUGHT ? "法院" : null);
        f.setOrganOpinion(kind == ProgressKind.OPINION_SOUGHT ? "尽职" : null);
        f.setSatisfaction(Satisfaction.SATISFIED);
        assertEquals("cases.progress.satisfactionOnlyForVisit", refusal(openCase(), f));
    }

    @Test
    @DisplayName("a grade or an organ on another kind of entry is refused")
    void foreignFieldsRefused() {
        NewProgressEntry meeting = entry(ProgressKind.MEETING, LocalDate.of(2026, 4, 2));
        meeting.setGrade(AttendanceGrade.FAIL);
        assertEquals("cases.progress.assessmentOnlyForAttendance", refusal(openCase(), meeting));
        NewProgressEntry visit = entry(ProgressKind.FOLLOW_UP_VISIT, LocalDate.of(2026, 4, 2));
        visit.setSatisfaction(Satisfaction.SATISFIED);
        visit.setOrgan("法院");
        assertEquals("cases.progress.opinionOnlyForOpinion", refusal(openCase(), visit));
    }

    @Test
    @DisplayName("a mistaken entry is struck out once, with a reason, and stays on record")
    void strikeOut() {
        CaseProgress p = record(openCase(), entry(ProgressKind.MEETING, LocalDate.of(2026, 3, 10)));
        assertEquals("cases.progress.reasonRequired",
                assertThrows(BusinessException.class, () -> p.strikeOut(" ", "casesup", NOW)).messageKey());
        assertFalse(p.isStruck());
        p.strikeOut("日期录错，应为3月11日", "casesup", NOW);
        assertTrue(p.isStruck());
        assertEquals("日期录错，应为3月11日", p.getStrikeReason());
        assertEquals("会见当事人，了解案情。", p.getDetails(), "the entry itself is kept");
        assertFalse(p.isToldToClient(), "a struck entry is not told to the client");
        assertEquals("cases.progress.alreadyStruck",
                assertThrows(BusinessException.class, () -> p.strikeOut("again", "casesup", NOW)).messageKey());
    }

    @Test
    @DisplayName("LAL art. 46: an enquiry is answered once; a blank answer is refused")
    void enquiryAnsweredOnce() {
        LegalCase c = openCase();
        CaseEnquiry q = new CaseEnquiry(c, new NewEnquiry("王桂兰", EnquiryChannel.PHONE, "案件进展如何？", null), NOW, "clerk", NOW);
        assertFalse(q.isAnswered());
        assertThrows(BusinessException.class, () -> q.answer("  ", "clerk", NOW));
        q.answer("律师已会见并阅卷。", "clerk", NOW);
        assertTrue(q.isAnswered());
        assertEquals("cases.enquiry.alreadyAnswered",
                assertThrows(BusinessException.class, () -> q.answer("再答", "clerk", NOW)).messageKey());
        assertEquals("cases.enquiry.inFuture", assertThrows(BusinessException.class, () -> new CaseEnquiry(c,
                new NewEnquiry("王桂兰", EnquiryChannel.PHONE, "？", null), NOW.plusHours(1), "clerk", NOW)).messageKey());
    }
}
