package org.legalaid.it.cases;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.CaseTermination;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.OrganNotice;
import org.legalaid.cases.TerminationGround;
import org.legalaid.cases.TerminationState;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.cases.boundary.CaseService;
import org.legalaid.cases.boundary.TerminationDocument;
import org.legalaid.cases.boundary.TerminationService;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.lawyers.EndReason;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Termination of aid (LAL art. 48), the objection to it (art. 49) and deceit (art. 64)")
class TerminationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(TerminationServiceIT.class), Stream.of(CaseFixtures.CLASSES))
                .toArray(Class<?>[]::new));
    }

    @Inject
    private CaseFixtures f;

    @Inject
    private TerminationService terminations;

    @Inject
    private CaseService cases;

    @Inject
    private CaseClockService clocks;

    @Inject
    private AssignmentService assignments;

    @Inject
    private OfficialDocumentRenderer renderer;

    @Inject
    private Fixtures fixtures;

    private LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        today = LocalDate.now(ChinaTime.ZONE);
    }

    private CaseTermination propose(LegalCase c, TerminationGround ground) throws Exception {
        return f.supervisor.call(() -> terminations.propose(c.getId(), ground, "受援人已自行委托律师，书面说明在卷。"));
    }

    private CaseTermination approved(LegalCase c, TerminationGround ground) throws Exception {
        CaseTermination t = propose(c, ground);
        return f.approver.call(() -> terminations.approve(t.getId(), today, t.getVersion()));
    }

    private long openCases(long lawyerId) {
        return fixtures.count("select sum(l.openCases) from Lawyer l where l.id = " + lawyerId);
    }

    private List<ClockReading> clocksOf(LegalCase c, ClockStep step) throws Exception {
        return f.supervisor.call(() -> clocks.findClocks(c.getId())).stream().filter(k -> k.step() == step).toList();
    }

    private static Throwable cause(Exception e) {
        return e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
    }

    @Test
    @DisplayName("approval ends the case and the lawyer's assignment, frees the lawyer's capacity and starts the closing clock")
    void approvalEndsAssignmentAndFreesCapacity() throws Exception {
        LegalCase c = f.civilCase();
        long lawyer = c.getLawyerId();
        long before = openCases(lawyer);
        CaseTermination t = approved(c, TerminationGround.OWN_LAWYER);

        assertEquals(TerminationState.APPROVED, t.getState());
        assertTrue(t.getDocumentNumber().contains("〔" + today.getYear() + "〕1号"), t.getDocumentNumber());
        LegalCase after = f.supervisor.call(() -> cases.getCase(c.getId()));
        assertEquals(CaseStatus.TERMINATED, after.getStatus());
        assertEquals(today, after.getEndedOn());
        assertEquals(EndReason.TERMINATED,
                f.officer.call(() -> assignments.getAssignment(c.getAssignmentId())).assignment().getEndReason());
        assertEquals(before - 1, openCases(lawyer), "the lawyer's capacity is released");
        assertEquals(1, clocksOf(c, ClockStep.CLOSING_SUBMISSION).stream().filter(ClockReading::isOpen).count(),
                "the lawyer still hands in the file");
        assertEquals(List.of(), clocksOf(c, ClockStep.NOTIFY_TERMINATION), "no organ to tell in a civil case");
        List<String> kinds = f.supervisor.call(() -> cases.findTimeline(c.getId())).stream().map(TimelineEntry::kindKey).toList();
        assertTrue(kinds.containsAll(List.of("caseTimeline.TERMINATION_PROPOSED", "caseTimeline.TERMINATION_APPROVED")), kinds.toString());
    }

    @Test
    @DisplayName("a criminal case's termination must be told to the organ within 3 days; recording it stops the clock in time")
    void criminalCaseNotifyClock() throws Exception {
        LegalCase c = f.criminalCase();
        CaseTermination t = approved(c, TerminationGround.PROCEEDINGS_ENDED);
        Optional<java.time.LocalDateTime> due = f.supervisor.call(() -> clocks.findDue(c.getId(), ClockStep.NOTIFY_TERMINATION));
        assertEquals(Optional.of(today.plusDays(4).atStartOfDay()), due, "due at the end of the third day");

        Optional<Boolean> late = f.supervisor.call(() -> terminations.recordOrganNotified(t.getId(), today, OrganNotice.FAX));
        assertEquals(Optional.of(false), late);
        ClockReading k = clocksOf(c, ClockStep.NOTIFY_TERMINATION).get(0);
        assertFalse(k.isOpen());
        assertEquals(Boolean.FALSE, k.late());
        Exception again = assertThrows(Exception.class,
                () -> f.supervisor.call(() -> terminations.recordOrganNotified(t.getId(), today, OrganNotice.LETTER)));
        assertEquals("cases.termination.organAlreadyNotified", ((BusinessException) cause(again)).messageKey());
    }

    @Test
    @DisplayName("the 终止法律援助决定书 and the criminal organ's notice carry the ground and the number")
    void pdfCarriesGroundAndNumber() throws Exception {
        LegalCase c = f.criminalCase();
        CaseTermination t = approved(c, TerminationGround.OWN_LAWYER);
        OfficialDocumentContent decision = f.supervisor.call(() -> terminations.document(t.getId(), TerminationDocument.DECISION, "测试区法律援助中心", "测试市司法局"));
        String text = text(renderer.render(decision));
        assertTrue(text.contains("终止法律援助决定书"), text);
        assertTrue(text.contains("受援人自行委托律师或者其他代理人"), text);
        assertTrue(text.contains(t.getDocumentNumber()), text);
        assertTrue(text.contains("可以向测试市司法局提出") && text.contains("第四十九条"), "the right to object: " + text);
        String notice = text(renderer.render(f.supervisor.call(() -> terminations.document(t.getId(), TerminationDocument.ORGAN_NOTICE, "测试区法律援助中心", null))));
        assertTrue(notice.contains("青岛市中级人民法院"), notice);
        assertTrue(notice.contains(t.getDocumentNumber()), notice);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    @DisplayName("LAL art. 49: the bureau upholds the termination within its 5-day clock; the case stays terminated")
    void objectionUpheld() throws Exception {
        LegalCase c = f.civilCase();
        CaseTermination t = approved(c, TerminationGround.CLIENT_REQUEST);
        f.clerk.call(() -> terminations.receiveObjection(t.getId(), "我从未要求终止法律援助。", today));
        assertTrue(f.supervisor.call(() -> clocks.findDue(c.getId(), ClockStep.DECIDE_OBJECTION)).isPresent(),
                "the bureau's 5-day clock runs");
        CaseTermination decided = f.bureau.call(() -> terminations.decideObjection(t.getId(), false, "受援人书面申请在卷，终止并无不当。"));
        assertEquals(TerminationState.APPROVED, decided.getState());
        assertNotEquals(null, decided.getObjectionDecisionNumber());
        assertEquals(CaseStatus.TERMINATED, f.supervisor.call(() -> cases.getCase(c.getId())).getStatus());
        assertTrue(clocksOf(c, ClockStep.DECIDE_OBJECTION).stream().noneMatch(ClockReading::isOpen));
    }

    @Test
    @DisplayName("LAL art. 49: the bureau revokes the termination — the case is handled again and the officer assigns a lawyer again")
    void objectionRevokes() throws Exception {
        LegalCase c = f.civilCase();
        long lawyer = c.getLawyerId();
        CaseTermination t = approved(c, TerminationGround.CLIENT_REQUEST);
        long freed = openCases(lawyer);
        f.supervisor.call(() -> terminations.receiveObjection(t.getId(), "我从未要求终止法律援助。", today));
        CaseTermination decided = f.bureau.call(() -> terminations.decideObjection(t.getId(), true, "卷内无受援人的书面申请。"));
        assertEquals(TerminationState.REVOKED, decided.getState());

        LegalCase handled = f.supervisor.call(() -> cases.getCase(c.getId()));
        assertEquals(CaseStatus.HANDLING, handled.getStatus());
        assertNull(handled.getEndedOn());
        assertTrue(f.supervisor.call(() -> terminations.isAwaitingLawyer(c.getId())), "the case shows 'awaiting lawyer'");
        assertTrue(clocksOf(c, ClockStep.CLOSING_SUBMISSION).stream().noneMatch(ClockReading::isOpen), "no closing while handled");

        f.officer.call(() -> terminations.assignAgain(c.getId(), lawyer, null));
        LegalCase again = f.supervisor.call(() -> cases.getCase(c.getId()));
        assertEquals(lawyer, again.getLawyerId());
        assertNotEquals(c.getAssignmentId(), again.getAssignmentId(), "a new assignment; the ended one stays in the history");
        assertFalse(f.supervisor.call(() -> terminations.isAwaitingLawyer(c.getId())));
        assertEquals(freed + 1, openCases(lawyer), "the capacity is taken again");
    }

    @Test
    @DisplayName("only the director approves: a clerk is refused by the container, the proposer is refused by the rule and by the database")
    void whoApproves() throws Exception {
        LegalCase c = f.civilCase();
        CaseTermination t = propose(c, TerminationGround.MEANS_CHANGED);
        assertThrows(EJBAccessException.class, () -> f.clerk.call(() -> terminations.approve(t.getId(), today, t.getVersion())));
        As both = f.staff("supdirector", f.tree().districtA(), Role.CASE_SUPERVISOR);
        As bothAsDirector = As.user(f.username("supdirector"), Role.CASE_SUPERVISOR, Role.APPROVER);
        LegalCase other = f.civilCase("刘淑芬");
        CaseTermination own = both.call(() -> terminations.propose(other.getId(), TerminationGround.MEANS_CHANGED, "收入已超过标准。"));
        Exception self = assertThrows(Exception.class, () -> bothAsDirector.call(() -> terminations.approve(own.getId(), today, own.getVersion())));
        assertEquals("cases.termination.selfApproval", ((BusinessException) cause(self)).messageKey());
        assertThrows(Exception.class, () -> fixtures.sql("update case_termination set state = 'REJECTED', decided_by = proposed_by,"
                + " decided_at = now() where id = ?", own.getId()), "the database refuses four eyes broken");
        assertEquals(TerminationState.PROPOSED, f.approver.call(() -> terminations.getTermination(t.getId())).getState());
    }

    @Test
    @DisplayName("a case supervisor of another district finds neither the case nor its termination")
    void unitScoping() throws Exception {
        LegalCase c = f.civilCase();
        Exception e = assertThrows(Exception.class,
                () -> f.outsider.call(() -> terminations.propose(c.getId(), TerminationGround.OWN_LAWYER, "理由")));
        assertInstanceOf(NotFoundException.class, cause(e));
        CaseTermination t = propose(c, TerminationGround.OWN_LAWYER);
        Exception e2 = assertThrows(Exception.class, () -> f.outsider.call(() -> terminations.getTermination(t.getId())));
        assertInstanceOf(NotFoundException.class, cause(e2));
    }

    @Test
    @DisplayName("seed 004: a termination dated before the assignment is refused and nothing is saved")
    void datedBeforeAssignmentRefused() throws Exception {
        LegalCase c = f.civilCase();
        long before = openCases(c.getLawyerId());
        CaseTermination t = propose(c, TerminationGround.OWN_LAWYER);
        Exception e = assertThrows(Exception.class,
                () -> f.approver.call(() -> terminations.approve(t.getId(), today.minusDays(1), t.getVersion())));
        assertEquals("cases.date.before", ((BusinessException) cause(e)).messageKey());
        assertEquals(TerminationState.PROPOSED, f.approver.call(() -> terminations.getTermination(t.getId())).getState());
        assertNull(f.approver.call(() -> terminations.getTermination(t.getId())).getDocumentNumber());
        LegalCase unchanged = f.supervisor.call(() -> cases.getCase(c.getId()));
        assertEquals(CaseStatus.HANDLING, unchanged.getStatus());
        assertNull(unchanged.getEndedOn());
        assertTrue(f.officer.call(() -> assignments.getAssignment(c.getAssignmentId())).assignment().isCurrent());
        assertEquals(before, openCases(c.getLawyerId()));
        assertEquals(List.of(), clocksOf(c, ClockStep.CLOSING_SUBMISSION));
        // the next number is still the first of the year: the refused approval took none
        CaseTermination ok = f.approver.call(() -> terminations.approve(t.getId(), today, t.getVersion()));
        assertTrue(ok.getDocumentNumber().endsWith("〔" + today.getYear() + "〕1号"), ok.getDocumentNumber());
    }

    @Test
    @DisplayName("LAL art. 64: aid obtained by deceit — costs to recover and a fine up to ¥3,000; more is refused, other grounds allow none")
    void deceitRecoveryAndFine() throws Exception {
        LegalCase c = f.civilCase();
        CaseTermination t = approved(c, TerminationGround.DECEIT);
        f.approver.call(() -> terminations.markRecovery(t.getId(), new BigDecimal("1200.5")));
        Exception tooMuch = assertThrows(Exception.class,
                () -> f.bureau.call(() -> terminations.imposeFine(t.getId(), new BigDecimal("3000.01"))));
        assertEquals("cases.termination.fineOutOfRange", ((BusinessException) cause(tooMuch)).messageKey());
        CaseTermination fined = f.bureau.call(() -> terminations.imposeFine(t.getId(), new BigDecimal("3000")));
        assertEquals(new BigDecimal("3000.00"), fined.getFineAmount());
        assertEquals(new BigDecimal("1200.50"), fined.getRecoveryAmount());
        assertThrows(EJBAccessException.class, () -> f.supervisor.call(() -> terminations.imposeFine(t.getId(), BigDecimal.TEN)));

        LegalCase other = f.civilCase("刘淑芬");
        CaseTermination plain = approved(other, TerminationGround.OWN_LAWYER);
        Exception notDeceit = assertThrows(Exception.class,
                () -> f.bureau.call(() -> terminations.imposeFine(plain.getId(), BigDecimal.TEN)));
        assertEquals("cases.termination.notDeceit", ((BusinessException) cause(notDeceit)).messageKey());
    }
}
