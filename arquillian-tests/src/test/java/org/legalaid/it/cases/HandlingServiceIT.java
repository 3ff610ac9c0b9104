package org.legalaid.it.cases;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.AttendanceGrade;
import org.legalaid.cases.CaseEnquiry;
import org.legalaid.cases.CaseProgress;
import org.legalaid.cases.EnquiryChannel;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.NewEnquiry;
import org.legalaid.cases.NewProgressEntry;
import org.legalaid.cases.ProgressKind;
import org.legalaid.cases.Satisfaction;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.cases.boundary.CaseService;
import org.legalaid.cases.boundary.HandlingService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Handling 承办 (issue 5): one supervisor per case, progress entries, the client's progress enquiries (LAL art. 46, 59)")
class HandlingServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(HandlingServiceIT.class), Stream.of(CaseFixtures.CLASSES))
                .toArray(Class<?>[]::new));
    }

    @Inject
    private CaseFixtures f;

    @Inject
    private HandlingService handling;

    @Inject
    private CaseService cases;

    @Inject
    private Fixtures fixtures;

    private LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        today = LocalDate.now(ChinaTime.ZONE);
    }

    private static Throwable failure(Callable<?> call) {
        Exception e = assertThrows(Exception.class, call::call);
        return e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
    }

    private static String refusal(As who, Callable<?> call) {
        return assertInstanceOf(BusinessException.class, failure(() -> who.call(call))).messageKey();
    }

    private long entries(LegalCase c) {
        return fixtures.count("select count(p) from CaseProgress p where p.caseId = " + c.getId());
    }

    private static NewProgressEntry meeting(LocalDate on) {
        return new NewProgressEntry(ProgressKind.MEETING, on, "会见受援人，了解案情，告知权利义务。");
    }

    @Test
    @DisplayName("一案专人监督: each new case gets the district's case supervisor with the fewest open cases (ties by user name)")
    void supervisorLeastLoaded() throws Exception {
        // user names compare as text: "supervisor2_…" comes before "supervisor_…"
        String a = f.username("supervisor2");
        String b = f.username("supervisor");
        As asA = f.supervisor2;
        LegalCase first = f.civilCase("甲某");
        LegalCase second = f.civilCase("乙某");
        LegalCase third = f.civilCase("丙某");
        assertEquals(a, first.getSupervisor(), "both have none: the first by user name");
        assertEquals(b, second.getSupervisor(), "the one with fewer open cases");
        assertEquals(a, third.getSupervisor(), "one each: by user name again");
        List<Long> mine = asA.call(() -> handling.findMyCases()).stream().map(LegalCase::getId).toList();
        assertEquals(List.of(first.getId(), third.getId()), mine, "the supervisor's worklist");
    }

    @Test
    @DisplayName("with no supervisor in the district the nearest unit above supplies one; with none at all the case shows as unsupervised")
    void supervisorFromAboveOrNone() throws Exception {
        fixtures.sql("update staff_account set active = false where username in (?, ?)", f.username("supervisor"),
                f.username("supervisor2"));
        f.staff("centresup", f.tree().centre(), Role.CASE_SUPERVISOR);
        assertEquals(f.username("centresup"), f.civilCase("甲某").getSupervisor());

        fixtures.sql("update staff_account set active = false where username = ?", f.username("centresup"));
        LegalCase none = f.civilCase("乙某");
        assertNull(none.getSupervisor());
        assertTrue(f.approver.call(() -> handling.findCasesWithoutSupervisor()).stream()
                .anyMatch(c -> c.getId().equals(none.getId())), "listed as a case without supervisor");
    }

    @Test
    @DisplayName("the centre's director changes the supervisor with a reason, audited; a supervisor may not, an outsider cannot be named")
    void changeByDirectorAudited() throws Exception {
        LegalCase c = f.civilCase();
        assertEquals(f.username("supervisor2"), c.getSupervisor(), "the first by user name");
        assertEquals("cases.supervisor.notCandidate",
                refusal(f.approver, () -> handling.changeSupervisor(c.getId(), f.username("outsider"), "跨区")));
        assertThrows(EJBAccessException.class,
                () -> f.supervisor2.call(() -> handling.changeSupervisor(c.getId(), f.username("supervisor"), "自行调整")));

        f.approver.call(() -> handling.changeSupervisor(c.getId(), f.username("supervisor"), "原监督员休假"));
        assertEquals(f.username("supervisor"), f.supervisor.call(() -> cases.getCase(c.getId())).getSupervisor());
        assertEquals("cases.supervisor.same",
                refusal(f.approver, () -> handling.changeSupervisor(c.getId(), f.username("supervisor"), "再换")));
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'LegalCase' and e.entityId = '"
                + c.getId() + "' and e.summary like '%原监督员休假%'"), "the change and its reason are in the audit trail");
    }

    @Test
    @DisplayName("seed 004: an entry dated before the assignment is refused with the dates named, and nothing is saved")
    void entryBeforeAssignmentRefused() throws Exception {
        LegalCase c = f.civilCase();
        BusinessException e = assertInstanceOf(BusinessException.class,
                failure(() -> f.supervisor.call(() -> handling.recordProgress(c.getId(), meeting(c.getAssignedOn().minusDays(1))))));
        assertEquals("cases.date.before", e.messageKey());
        assertEquals(c.getAssignedOn().toString(), e.arguments()[3], "names the assignment date");
        assertEquals(0, entries(c));
        assertNull(f.supervisor.call(() -> cases.getCase(c.getId())).getFirstHandlingOn(), "the case's dates are unchanged");

        CaseProgress ok = f.supervisor.call(() -> handling.recordProgress(c.getId(), meeting(today)));
        assertEquals("赵律师", ok.getPerformedBy(), "recorded for the case's lawyer");
        assertEquals(today, f.supervisor.call(() -> cases.getCase(c.getId())).getLastHandlingOn());
    }

    @Test
    @DisplayName("no entry after the case has ended, none in the future")
    void entryAfterEndRefused() throws Exception {
        LegalCase c = f.civilCase();
        assertEquals("cases.date.future", refusal(f.supervisor, () -> handling.recordProgress(c.getId(), meeting(today.plusDays(1)))));
        // the termination is another part of issue 5: end the case as a termination leaves it
        fixtures.sql("update legal_case set status = 'TERMINATED', ended_on = ? where id = ?", java.sql.Date.valueOf(today), c.getId());
        assertEquals("cases.notHandling", refusal(f.supervisor, () -> handling.recordProgress(c.getId(), meeting(today))));
        assertEquals(0, entries(c));
    }

    @Test
    @DisplayName("unit scoping: a supervisor of another district neither adds nor sees entries")
    void outsiderCannotAddOrSee() throws Exception {
        LegalCase c = f.civilCase();
        f.supervisor.call(() -> handling.recordProgress(c.getId(), meeting(today)));
        assertInstanceOf(NotFoundException.class, failure(() -> f.outsider.call(() -> handling.recordProgress(c.getId(), meeting(today)))));
        assertInstanceOf(NotFoundException.class, failure(() -> f.outsider.call(() -> handling.findProgress(c.getId()))));
        long id = f.supervisor.call(() -> handling.findProgress(c.getId())).get(0).getId();
        assertInstanceOf(NotFoundException.class, failure(() -> f.outsider.call(() -> handling.strikeOut(id, "越权"))));
        assertEquals(1, entries(c));
    }

    @Test
    @DisplayName("LAL art. 59: trial attendance is the case supervisor's; the clerk records a lawyer's meeting but not an attendance")
    void clerkCannotRecordTrialAttendance() throws Exception {
        LegalCase c = f.civilCase();
        NewProgressEntry attendance = new NewProgressEntry(ProgressKind.TRIAL_ATTENDANCE, today, "旁听一审庭审。");
        attendance.setAssessment("发问有条理，辩论充分。");
        attendance.setGrade(AttendanceGrade.GOOD);
        assertEquals("cases.progress.supervisorOnly", refusal(f.clerk, () -> handling.recordProgress(c.getId(), attendance)));
        assertEquals(0, entries(c));
        f.clerk.call(() -> handling.recordProgress(c.getId(), meeting(today)));
        CaseProgress p = f.supervisor.call(() -> handling.recordProgress(c.getId(), attendance));
        assertEquals("测试" + f.username("supervisor"), p.getPerformedBy(), "the staff member who attended");
        assertEquals(2, entries(c));
    }

    @Test
    @DisplayName("LAL art. 46: the enquiry is answered from what the client may know — no internal assessment, no struck entry")
    void enquiryAnsweredWithoutInternalAssessment() throws Exception {
        LegalCase c = f.civilCase();
        f.supervisor.call(() -> handling.recordProgress(c.getId(), meeting(today)));
        NewProgressEntry attendance = new NewProgressEntry(ProgressKind.TRIAL_ATTENDANCE, today, "旁听庭审。");
        attendance.setAssessment("内部评价：准备不足");
        attendance.setGrade(AttendanceGrade.PASS);
        f.supervisor.call(() -> handling.recordProgress(c.getId(), attendance));
        NewProgressEntry visit = new NewProgressEntry(ProgressKind.FOLLOW_UP_VISIT, today, "电话回访受援人。");
        visit.setSatisfaction(Satisfaction.DISSATISFIED);
        f.supervisor.call(() -> handling.recordProgress(c.getId(), visit));
        CaseProgress wrong = f.supervisor.call(() -> handling.recordProgress(c.getId(),
                new NewProgressEntry(ProgressKind.FILE_REVIEW, today, "误录的阅卷")));
        f.supervisor.call(() -> handling.strikeOut(wrong.getId(), "录错案件"));

        List<CaseProgress> told = f.clerk.call(() -> handling.findClientProgress(c.getId()));
        assertEquals(List.of(ProgressKind.MEETING), told.stream().map(CaseProgress::getKind).toList());
        assertTrue(told.stream().allMatch(p -> p.getAssessment() == null));

        CaseEnquiry q = f.clerk.call(() -> handling.recordEnquiry(c.getId(), new NewEnquiry("王桂兰", EnquiryChannel.PHONE,
                "我的案子现在怎么样了？", "律师已于今日会见您，正在准备材料。")));
        assertTrue(q.isAnswered());
        assertEquals(f.username("clerk"), q.getAnsweredBy());
        List<CaseEnquiry> all = f.supervisor.call(() -> handling.findEnquiries(c.getId()));
        assertEquals("律师已于今日会见您，正在准备材料。", all.get(0).getAnswer());
        List<TimelineEntry> timeline = f.supervisor.call(() -> cases.findTimeline(c.getId()));
        assertTrue(timeline.stream().anyMatch(t -> t.kindKey().equals("caseTimeline.ENQUIRY")), "the enquiry is on the timeline");
        assertTrue(timeline.stream().anyMatch(t -> t.kindKey().equals("caseTimeline.PROGRESS_STRUCK")), "the struck entry stays");
        assertTrue(timeline.stream().anyMatch(t -> t.kindKey().equals(ProgressKind.FOLLOW_UP_VISIT.labelKey())));
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'CaseProgress' and e.entityId = '"
                + wrong.getId() + "' and e.summary like '%录错案件%'"), "the strike-out is audited");
        assertEquals("cases.progress.alreadyStruck", refusal(f.supervisor, () -> handling.strikeOut(wrong.getId(), "再次")));
    }

    @Test
    @DisplayName("bad input: 10,000 characters, script tags, a missing date — refused, nothing saved")
    void badInputRefused() throws Exception {
        LegalCase c = f.civilCase();
        NewProgressEntry tooLong = new NewProgressEntry(ProgressKind.MEETING, today, "长".repeat(10_000));
        NewProgressEntry script = new NewProgressEntry(ProgressKind.MEETING, today, "<script>alert(1)</script>");
        for (NewProgressEntry bad : List.of(tooLong, script)) {
            assertInstanceOf(ConstraintViolationException.class,
                    failure(() -> f.supervisor.call(() -> handling.recordProgress(c.getId(), bad))));
        }
        assertEquals("cases.progress.dateRequired", refusal(f.supervisor, () -> handling.recordProgress(c.getId(), meeting(null))));
        assertInstanceOf(ConstraintViolationException.class, failure(() -> f.clerk.call(() -> handling.recordEnquiry(c.getId(),
                new NewEnquiry("<b>王</b>", EnquiryChannel.PHONE, "进展？", null)))));
        assertEquals(0, entries(c));
        assertEquals(0, fixtures.count("select count(e) from CaseEnquiry e where e.caseId = " + c.getId()));
        assertNull(f.supervisor.call(() -> cases.getCase(c.getId())).getLastHandlingOn(), "the case's dates are unchanged");
    }
}
