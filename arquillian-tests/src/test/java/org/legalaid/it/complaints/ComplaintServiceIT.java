package org.legalaid.it.complaints;

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
import org.legalaid.cases.LegalCase;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintAct;
import org.legalaid.complaints.ComplaintChannel;
import org.legalaid.complaints.ComplaintFilter;
import org.legalaid.complaints.ComplaintForm;
import org.legalaid.complaints.ComplaintGround;
import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.ComplaintStatus;
import org.legalaid.complaints.ComplaintStep;
import org.legalaid.complaints.ComplaintStepKind;
import org.legalaid.complaints.InvestigationKind;
import org.legalaid.complaints.NonAcceptanceGround;
import org.legalaid.complaints.ObjectionRoute;
import org.legalaid.complaints.PublicComplaintForm;
import org.legalaid.complaints.RecordAttachment;
import org.legalaid.complaints.ReceiptNumber;
import org.legalaid.complaints.RespondentType;
import org.legalaid.complaints.boundary.ComplaintDocument;
import org.legalaid.complaints.boundary.ComplaintService;
import org.legalaid.complaints.boundary.ComplaintReportService;
import org.legalaid.complaints.control.ComplaintReportWriter;
import org.legalaid.complaints.AnnualReport;
import org.legalaid.complaints.control.AbandonmentSweep;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.complaints.boundary.ComplaintService.InvestigatorChoice;
import org.legalaid.complaints.boundary.ComplaintService.RespondentChoice;
import org.legalaid.complaints.boundary.PublicComplaintService;
import org.legalaid.shared.DocumentType;
import org.legalaid.complaints.boundary.ComplaintView;
import org.legalaid.funding.ClaimForm;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.RuleCode;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.ClockState;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.ComplaintClockService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.it.funding.FundingFixtures;
import org.legalaid.lawyers.boundary.AssessmentService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Complaints under MoJ order 149: the whole procedure per role, unit scoping, the lawyer's assessment and funding's flag (issue 15)")
class ComplaintServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.of(Stream.of(ComplaintServiceIT.class), Stream.of(FundingFixtures.CLASSES),
                Stream.of(CaseFixtures.CLASSES)).flatMap(s -> s).toArray(Class<?>[]::new));
    }

    @Inject
    private FundingFixtures f;

    @Inject
    private Fixtures fixtures;

    @Inject
    private ComplaintService complaints;

    @Inject
    private ComplaintClockService clocks;

    @Inject
    private AssessmentService assessments;

    @Inject
    private ClaimService claims;

    @Inject
    private AbandonmentSweep sweep;

    @Inject
    private ComplaintReportService reports;

    @Inject
    private PublicComplaintService publicComplaints;

    /** Labels for the documents: the keys themselves (the web module's bundle is not on the test's classpath). */
    private static final java.util.ResourceBundle KEYS = new java.util.ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[0][];
        }
    };

    private CaseFixtures c;
    private As handler;
    private As inv1;
    private As inv2;
    private As handlerB;
    private LocalDate today;

    @Inject
    private org.legalaid.complaints.boundary.ComplaintFigures complaintFigures;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        c = f.cases;
        today = LocalDate.now(ChinaTime.ZONE);
        handler = c.staff("complaints", c.tree().districtA(), Role.COMPLAINT_HANDLER);
        inv1 = c.staff("inv1", c.tree().districtA(), Role.COMPLAINT_HANDLER);
        inv2 = c.staff("inv2", c.tree().districtA(), Role.COMPLAINT_HANDLER);
        handlerB = c.staff("complaintsB", c.tree().districtB(), Role.COMPLAINT_HANDLER);
    }

    private static Throwable failure(Callable<?> call) {
        Exception e = assertThrows(Exception.class, call::call);
        return e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
    }

    private static String refusal(As who, Callable<?> call) {
        return assertInstanceOf(BusinessException.class, failure(() -> who.call(call))).messageKey();
    }

    private ComplaintForm about(LegalCase lc, ComplaintChannel channel, ComplaintGround ground) {
        ComplaintForm form = new ComplaintForm();
        form.setChannel(channel);
        form.setComplainantName("王桂兰");
        form.setComplainantPhone("138 0000 0000");
        form.setRespondentType(RespondentType.LAWYER);
        form.setRespondentId(lc.getLawyerId());
        form.setCaseId(lc.getId());
        form.setGround(ground);
        form.setFacts("承办律师三个月未告知案件进展，电话不接。");
        form.setKnewOn(today.minusDays(30));
        return form;
    }

    private ClockReading open(Complaint k, ClockStep step) throws Exception {
        return handler.call(() -> clocks.findClocks(k.getId())).stream().filter(r -> r.step() == step && r.isOpen())
                .findFirst().orElseThrow(() -> new AssertionError("no open clock " + step));
    }

    private long openClocks(Complaint k) throws Exception {
        return handler.call(() -> clocks.findClocks(k.getId())).stream().filter(ClockReading::isOpen).count();
    }

    private Complaint acceptedWithTeam(LegalCase lc, ComplaintGround ground) throws Exception {
        Complaint k = handler.call(() -> complaints.register(about(lc, ComplaintChannel.LETTER, ground)));
        handler.call(() -> complaints.accept(k.getId()));
        handler.call(() -> complaints.assignInvestigators(k.getId(), List.of(new InvestigatorChoice(c.username("inv1"), false),
                new InvestigatorChoice(c.username("inv2"), false))));
        inv1.call(() -> complaints.record(k.getId(), InvestigationKind.INTERVIEW, "王桂兰", true, "投诉人陈述：律师收取了两千元。"));
        return k;
    }

    @Test
    @DisplayName("art. 9–26 per role: oral complaint confirmed, information asked once (clock stands), accepted, two investigators (one refused, the case's supervisor refused), records only by investigators, recusal and extension by the head, suspension, decision numbered, delivered, followed up; every step in the file")
    void wholeProcedurePerRole() throws Exception {
        LegalCase lc = c.civilCase();
        Complaint k = handler.call(() -> complaints.register(about(lc, ComplaintChannel.HOTLINE_12348,
                ComplaintGround.NO_PROGRESS_REPORTS)));
        long id = k.getId();
        assertEquals(k.getNumber(), ReceiptNumber.normalise(k.getNumber()), "a well-formed receipt number");
        assertEquals(ComplaintStatus.RECEIVED, k.getStatus());
        assertEquals(ClockState.RUNNING, open(k, ClockStep.ACCEPT_COMPLAINT).state(), "art. 15: the 5 working days run");

        Set<ComplaintAct> acts = handler.call(() -> complaints.actsOn(id));
        assertTrue(acts.containsAll(Set.of(ComplaintAct.CONFIRM_ORAL, ComplaintAct.REQUEST_MATERIALS, ComplaintAct.DECLINE)));
        assertFalse(acts.contains(ComplaintAct.ACCEPT), "art. 9: not before the complainant confirms the oral record");
        assertEquals("complaints.oral.unconfirmed", refusal(handler, () -> complaints.accept(id)));
        assertEquals(Set.of(), c.approver.call(() -> complaints.actsOn(id)), "the head has nothing to do yet");
        assertInstanceOf(EJBAccessException.class, failure(() -> c.approver.call(() -> complaints.accept(id))));

        handler.call(() -> complaints.confirmOral(id));
        handler.call(() -> complaints.requestMaterials(id, "委托协议复印件；与律师的通话记录", today.plusDays(10)));
        assertEquals(ClockState.PAUSED, open(k, ClockStep.ACCEPT_COMPLAINT).state(), "art. 12: the clock stands");
        open(k, ClockStep.COMPLAINT_MATERIALS);
        assertEquals("complaints.wrongState", refusal(handler, () -> complaints.requestMaterials(id, "再补", today.plusDays(12))));
        handler.call(() -> complaints.receiveMaterials(id));
        assertEquals(ClockState.RUNNING, open(k, ClockStep.ACCEPT_COMPLAINT).state());

        handler.call(() -> complaints.accept(id));
        open(k, ClockStep.DECIDE_COMPLAINT);

        String inv1Name = c.username("inv1");
        String inv2Name = c.username("inv2");
        assertEquals("complaints.investigators.twoRequired", refusal(handler,
                () -> complaints.assignInvestigators(id, List.of(new InvestigatorChoice(inv1Name, false)))));
        assertNotNull(lc.getSupervisor(), "the case has its supervisor");
        assertEquals("complaints.investigators.conflict", refusal(handler, () -> complaints.assignInvestigators(id,
                List.of(new InvestigatorChoice(inv1Name, false), new InvestigatorChoice(lc.getSupervisor(), false)))));
        assertEquals("complaints.investigators.conflict", refusal(handler, () -> complaints.assignInvestigators(id,
                List.of(new InvestigatorChoice(inv1Name, false), new InvestigatorChoice(inv2Name, true)))));
        assertEquals("complaints.investigators.unknown", refusal(handler, () -> complaints.assignInvestigators(id,
                List.of(new InvestigatorChoice(inv1Name, false), new InvestigatorChoice(c.username("complaintsB"), false)))));
        handler.call(() -> complaints.assignInvestigators(id, List.of(new InvestigatorChoice(inv1Name, false),
                new InvestigatorChoice(inv2Name, false))));

        assertEquals("complaints.record.notInvestigator", refusal(handler,
                () -> complaints.record(id, InvestigationKind.FILE_REVIEW, null, false, "调阅卷宗")));
        assertEquals("complaints.record.unsigned", refusal(inv1,
                () -> complaints.record(id, InvestigationKind.INTERVIEW, "赵律师", false, "询问承办律师")));
        assertTrue(inv1.call(() -> complaints.actsOn(id)).contains(ComplaintAct.RECORD_INVESTIGATION));
        inv1.call(() -> complaints.record(id, InvestigationKind.INTERVIEW, "赵律师", true, "律师承认未按时告知进展。"));
        inv2.call(() -> complaints.record(id, InvestigationKind.FILE_REVIEW, null, false, "卷宗中无通报记录。"));
        long withoutRecord = acceptedEmpty(lc);
        assertEquals("complaints.decide.noRecord", refusal(handler, () -> complaints.decide(withoutRecord, ComplaintOutcome.NOT_SUPPORTED, "无")));

        handler.call(() -> complaints.requestRecusal(id, inv2Name, "投诉人称调查人员与律师相识"));
        assertInstanceOf(EJBAccessException.class, failure(() -> handler.call(() -> complaints.decideRecusal(id, inv2Name, true))));
        assertTrue(c.approver.call(() -> complaints.actsOn(id)).contains(ComplaintAct.DECIDE_RECUSAL));
        c.approver.call(() -> complaints.decideRecusal(id, inv2Name, false));

        handler.call(() -> complaints.orderStop(id, "责令立即与受援人联系并通报进展"));
        handler.call(() -> complaints.suspend(id, "纪检机关正在处理同一事项"));
        assertEquals(ClockState.PAUSED, open(k, ClockStep.DECIDE_COMPLAINT).state(), "art. 21: the 60 days stand");
        handler.call(() -> complaints.resume(id));

        handler.call(() -> complaints.requestExtension(id, 30, "需调取法院卷宗"));
        assertEquals("complaints.extension.samePerson", refusal(As.user(c.username("complaints"), Role.COMPLAINT_HANDLER, Role.APPROVER),
                () -> complaints.decideExtension(id, true)));
        c.approver.call(() -> complaints.decideExtension(id, true));
        ComplaintView v = handler.call(() -> complaints.getComplaint(id));
        LocalDate accepted = v.complaint().getAcceptedAt().toLocalDate();
        assertEquals(accepted.plusDays(91).atStartOfDay(), v.decisionDue(), "art. 23: 60 + 30 days");
        assertEquals(v.decisionDue(), open(k, ClockStep.DECIDE_COMPLAINT).deadline().endsAt(), "the deadline list shows the extended date");
        assertEquals("complaints.extension.once", refusal(handler, () -> complaints.requestExtension(id, 5, "再延")));
        handler.call(() -> complaints.notifyExtension(id, "电话告知投诉人"));

        Complaint decided = handler.call(() -> complaints.decide(id, ComplaintOutcome.CRITICISM_AND_EDUCATION, "查证属实，予以批评教育"));
        assertNotNull(decided.getDocumentNumber(), "art. 24: the written decision is numbered");
        open(k, ClockStep.DELIVER_COMPLAINT_DECISION);
        OfficialDocumentContent letter = handler.call(() -> complaints.document(id, ComplaintDocument.DECISION, KEYS)).orElseThrow();
        assertEquals("投诉处理决定书", letter.title());
        assertEquals(decided.getDocumentNumber(), letter.documentNumber(), "art. 24: the numbered decision");
        assertTrue(handler.call(() -> complaints.document(id, ComplaintDocument.NON_ACCEPTANCE, KEYS)).isEmpty());
        handler.call(() -> complaints.deliver(id));
        handler.call(() -> complaints.followUp(id, "律师已书面检讨并向受援人通报"));
        v = handler.call(() -> complaints.getComplaint(id));
        assertEquals(ComplaintStatus.CLOSED, v.complaint().getStatus());
        assertEquals(0, openClocks(k), "every clock closed");
        assertEquals(List.of(ComplaintStepKind.RECEIVED, ComplaintStepKind.ORAL_CONFIRMED, ComplaintStepKind.MATERIALS_REQUESTED,
                        ComplaintStepKind.MATERIALS_RECEIVED, ComplaintStepKind.ACCEPTED, ComplaintStepKind.INVESTIGATORS_ASSIGNED,
                        ComplaintStepKind.INVESTIGATION_RECORDED, ComplaintStepKind.INVESTIGATION_RECORDED,
                        ComplaintStepKind.RECUSAL_REQUESTED, ComplaintStepKind.RECUSAL_DECIDED, ComplaintStepKind.STOP_ORDERED,
                        ComplaintStepKind.SUSPENDED, ComplaintStepKind.RESUMED, ComplaintStepKind.EXTENSION_REQUESTED,
                        ComplaintStepKind.EXTENSION_APPROVED, ComplaintStepKind.EXTENSION_NOTIFIED, ComplaintStepKind.DECIDED,
                        ComplaintStepKind.DELIVERED, ComplaintStepKind.FOLLOWED_UP),
                v.steps().stream().map(ComplaintStep::getKind).toList(), "art. 25: one file with every step");
        OfficialDocumentContent index = handler.call(() -> complaints.document(id, ComplaintDocument.FILE_INDEX, KEYS)).orElseThrow();
        assertEquals("投诉案卷目录", index.title());
        assertEquals(19, index.body().stream().filter(b -> b instanceof OfficialDocumentContent.Fields).map(b -> (OfficialDocumentContent.Fields) b)
                .mapToInt(fs -> (int) fs.rows().stream().filter(r -> r.label().matches("\\d+\\. .*")).count()).sum(),
                "art. 25: the file index lists every step");
        assertTrue(fixtures.count("select count(a) from AuditEntry a where a.entityType = 'Complaint' and a.entityId = '" + id + "'") >= 19,
                "every step audited");

        assertEquals(1, c.approver.call(() -> assessments.gatherFigures(lc.getLawyerId(), today.getYear())).upheldComplaints(),
                "LAL art. 60: the upheld complaint reaches the lawyer's assessment");
    }

    /** Another accepted complaint about the case with its two investigators but no record. */
    private long acceptedEmpty(LegalCase lc) throws Exception {
        Complaint k = handler.call(() -> complaints.register(about(lc, ComplaintChannel.LETTER, ComplaintGround.SUBSTANDARD_SERVICE)));
        handler.call(() -> complaints.accept(k.getId()));
        handler.call(() -> complaints.assignInvestigators(k.getId(), List.of(new InvestigatorChoice(c.username("inv1"), false),
                new InvestigatorChoice(c.username("inv2"), false))));
        return k.getId();
    }

    @Test
    @DisplayName("unit scoping: a district's handler sees and acts only on its units' complaints and cases; the bureau above sees them")
    void districtHandlerSeesOnlyItsComplaints() throws Exception {
        LegalCase lc = c.civilCase();
        Complaint k = handler.call(() -> complaints.register(about(lc, ComplaintChannel.LETTER, ComplaintGround.FAILED_DUTIES)));
        ComplaintFilter mine = new ComplaintFilter(null, null, null, k.getNumber(), null, null);
        assertEquals(1, handler.call(() -> complaints.countComplaints(mine)));
        assertEquals(0, handlerB.call(() -> complaints.countComplaints(mine)));
        assertEquals(List.of(), handlerB.call(() -> complaints.findComplaints(ComplaintFilter.all(), 0, 500)).stream()
                .filter(x -> x.getId().equals(k.getId())).toList());
        assertInstanceOf(NotFoundException.class, failure(() -> handlerB.call(() -> complaints.getComplaint(k.getId()))));
        assertInstanceOf(NotFoundException.class, failure(() -> handlerB.call(() -> complaints.accept(k.getId()))));
        assertEquals("complaints.caseUnknown", refusal(handlerB, () -> complaints.register(about(lc, ComplaintChannel.LETTER,
                ComplaintGround.FAILED_DUTIES))));
        assertEquals(1, c.bureau.call(() -> complaints.countComplaints(mine)), "the bureau's supervisor sees the units below");
        assertEquals(Set.of(), c.bureau.call(() -> complaints.actsOn(k.getId())), "and decides only recusals and extensions");
        assertEquals(1, handler.call(() -> complaints.findWork()).toAccept());
        assertEquals(0, handlerB.call(() -> complaints.findWork()).toAccept());
    }

    @Test
    @DisplayName("bad input and art. 8, 13–15, 23: no respondent, 100 KB of text, script tags refused with nothing recorded; an objection routed; out of time declined with a numbered notice; a repeat merged restarts the 60 days")
    void badInputNonAcceptanceAndMerge() throws Exception {
        LegalCase lc = c.civilCase();
        long before = fixtures.count("select count(k) from Complaint k");
        ComplaintForm noRespondent = about(lc, ComplaintChannel.LETTER, ComplaintGround.FAILED_DUTIES);
        noRespondent.setRespondentType(null);
        noRespondent.setRespondentId(null);
        assertInstanceOf(ConstraintViolationException.class, failure(() -> handler.call(() -> complaints.register(noRespondent))));
        ComplaintForm huge = about(lc, ComplaintChannel.LETTER, ComplaintGround.FAILED_DUTIES);
        huge.setFacts("长".repeat(100_000));
        assertInstanceOf(ConstraintViolationException.class, failure(() -> handler.call(() -> complaints.register(huge))));
        ComplaintForm script = about(lc, ComplaintChannel.LETTER, ComplaintGround.FAILED_DUTIES);
        script.setFacts("<script>alert(1)</script>");
        assertInstanceOf(ConstraintViolationException.class, failure(() -> handler.call(() -> complaints.register(script))));
        ComplaintForm objection = about(lc, ComplaintChannel.WINDOW, ComplaintGround.UNAUTHORISED_TERMINATION);
        objection.setObjection(ObjectionRoute.TERMINATION);
        assertEquals("complaints.routeToObjection", refusal(handler, () -> complaints.register(objection)));
        ComplaintForm unknownLawyer = about(lc, ComplaintChannel.LETTER, ComplaintGround.FAILED_DUTIES);
        unknownLawyer.setRespondentId(-5L);
        assertEquals("complaints.respondentUnknown", refusal(handler, () -> complaints.register(unknownLawyer)));
        assertEquals(before, fixtures.count("select count(k) from Complaint k"), "nothing half-written");

        ComplaintForm late = about(lc, ComplaintChannel.LETTER, ComplaintGround.FAILED_DUTIES);
        late.setKnewOn(today.minusYears(3).minusDays(1));
        Complaint old = handler.call(() -> complaints.register(late));
        assertEquals("complaints.accept.outOfTime", refusal(handler, () -> complaints.accept(old.getId())));
        Complaint declined = handler.call(() -> complaints.decline(old.getId(), NonAcceptanceGround.OUT_OF_TIME,
                "投诉人知道该事项已超过三年"));
        assertEquals(ComplaintStatus.NOT_ACCEPTED, declined.getStatus());
        assertNotNull(declined.getDocumentNumber(), "art. 15: a numbered written notice");
        assertEquals(declined.getDocumentNumber(), handler.call(() -> complaints.document(old.getId(), ComplaintDocument.NON_ACCEPTANCE, KEYS))
                .orElseThrow().documentNumber());
        assertEquals(0, openClocks(old));

        Complaint silent = handler.call(() -> complaints.register(about(lc, ComplaintChannel.LETTER, ComplaintGround.FAILED_DUTIES)));
        handler.call(() -> complaints.requestMaterials(silent.getId(), "委托协议复印件", today.plusDays(3)));
        sweep.sweep(LocalDateTime.now(ChinaTime.ZONE).plusDays(3));
        assertEquals(ComplaintStatus.AWAITING_MATERIALS, handler.call(() -> complaints.getComplaint(silent.getId())).complaint().getStatus(),
                "art. 12: not before the deadline has passed");
        sweep.sweep(LocalDateTime.now(ChinaTime.ZONE).plusDays(4));
        ComplaintView abandoned = handler.call(() -> complaints.getComplaint(silent.getId()));
        assertEquals(ComplaintStatus.ABANDONED, abandoned.complaint().getStatus(), "art. 12: silence past the deadline is abandonment");
        assertEquals(0, openClocks(silent));
        assertEquals(ComplaintStepKind.ABANDONED, abandoned.steps().get(abandoned.steps().size() - 1).getKind());

        Complaint first = handler.call(() -> complaints.register(about(lc, ComplaintChannel.LETTER, ComplaintGround.NO_PROGRESS_REPORTS)));
        handler.call(() -> complaints.accept(first.getId()));
        ComplaintForm repeatForm = about(lc, ComplaintChannel.ONLINE, ComplaintGround.NO_PROGRESS_REPORTS);
        Complaint repeat = handler.call(() -> complaints.register(repeatForm));
        handler.call(() -> complaints.merge(repeat.getId(), first.getId()));
        ComplaintView v = handler.call(() -> complaints.getComplaint(first.getId()));
        assertEquals(ComplaintStatus.MERGED, handler.call(() -> complaints.getComplaint(repeat.getId())).complaint().getStatus());
        LocalDateTime last = v.complaint().getLastAcceptedAt();
        assertTrue(last.isAfter(v.complaint().getAcceptedAt()), "art. 23: the last acceptance is the merge");
        assertEquals(last.toLocalDate().plusDays(61).atStartOfDay(), v.decisionDue());
        assertEquals(v.decisionDue(), open(first, ClockStep.DECIDE_COMPLAINT).deadline().endsAt());
        assertEquals(0, openClocks(repeat));
        assertEquals(1, handler.call(() -> clocks.findClocks(first.getId())).stream()
                .filter(r -> r.step() == ClockStep.DECIDE_COMPLAINT && r.state() == ClockState.CANCELLED).count());
        assertTrue(ChronoUnit.DAYS.between(today, v.decisionDue().toLocalDate()) == 61);
    }

    @Test
    @DisplayName("LAL art. 20: a complaint upheld for taking money from the client raises the CLIENT_PAYMENT flag on the case's subsidy claim")
    void clientPaymentUpheldFlagsTheClaim() throws Exception {
        LegalCase lc = f.archivedCase();
        Complaint k = acceptedWithTeam(lc, ComplaintGround.TOOK_CLIENT_PROPERTY);
        handler.call(() -> complaints.decide(k.getId(), ComplaintOutcome.ADMINISTRATIVE_PENALTY, "查实律师收取受援人两千元"));
        ClaimForm form = new ClaimForm();
        form.setCaseId(lc.getId());
        form.setStage(ProcedureStage.FIRST_INSTANCE);
        SubsidyClaim claim = f.finance.call(() -> claims.claim(form));
        assertTrue(f.finance.call(() -> claims.getClaim(claim.getId())).flags().stream()
                .anyMatch(fl -> fl.getRule() == RuleCode.CLIENT_PAYMENT), "rule 10 counts the upheld complaint");
        assertEquals(1, fixtures.count("select count(r) from ClientPaymentReport r where r.caseId = " + lc.getId()));
    }

    @Test
    @DisplayName("art. 28: the annual report of a district counts by ground, respondent type, outcome and unit, with the days to decide and the share in time; Excel and PDF; another district's handler may not read it")
    void annualReportOfAUnitSubtree() throws Exception {
        Complaint k1 = acceptedWithTeam(c.civilCase(), ComplaintGround.NO_PROGRESS_REPORTS);
        handler.call(() -> complaints.decide(k1.getId(), ComplaintOutcome.CRITICISM_AND_EDUCATION, "查证属实，予以批评教育"));
        handler.call(() -> complaints.register(about(c.civilCase(), ComplaintChannel.LETTER, ComplaintGround.SUBSTANDARD_SERVICE)));
        int year = today.getYear();
        long district = c.tree().districtA().id();

        ComplaintReportService.ReportView v = handler.call(() -> reports.report(year, district));
        AnnualReport r = v.report();
        assertEquals(2, r.received());
        assertEquals(1L, r.byGround().get(ComplaintGround.NO_PROGRESS_REPORTS));
        assertEquals(1L, r.byGround().get(ComplaintGround.SUBSTANDARD_SERVICE));
        assertEquals(0L, r.byGround().get(ComplaintGround.LEAKED_SECRETS));
        assertEquals(2L, r.byRespondent().get(RespondentType.LAWYER));
        assertEquals(1, r.decided());
        assertEquals(1L, r.byOutcome().get(ComplaintOutcome.CRITICISM_AND_EDUCATION));
        assertEquals(1, r.decidedInTime());
        assertEquals(new java.math.BigDecimal("0.0"), r.medianDays(), "decided the day it was accepted");
        assertEquals(new AnnualReport.UnitLine(district, 2, 1, 1), r.units().get(district));
        assertEquals(c.tree().districtA().name(), v.unitName());
        assertEquals(v.report(), c.approver.call(() -> reports.report(year, district)).report(), "the head of the unit reads the same");
        // issue 17: the same complaints in the complaints context's figures for statistics and public disclosure
        java.util.Map<String, Long> figures = c.approver.call(() -> complaintFigures.count(List.of(district), today, today));
        assertEquals(2L, figures.get("complaints.received"));
        assertEquals(1L, figures.get("complaints.decided"));
        assertEquals(1L, figures.get("complaints.decided.outcome.CRITICISM_AND_EDUCATION"));
        assertEquals(0L, c.approver.call(() -> complaintFigures.count(List.of(district), today.minusDays(1), today.minusDays(1)))
                .get("complaints.received"), "nothing received yesterday");

        byte[] xlsx = handler.call(() -> reports.workbook(year, district, KEYS));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet summary = wb.getSheet(ComplaintReportWriter.SUMMARY_SHEET);
            double receivedCell = -1;
            for (org.apache.poi.ss.usermodel.Row row : summary) {
                if (row.getCell(0) != null && "收到投诉（件）".equals(row.getCell(0).getStringCellValue())) {
                    receivedCell = row.getCell(1).getNumericCellValue();
                }
            }
            assertEquals(2.0, receivedCell, "a number cell the bureau can sum");
            assertEquals(1.0, wb.getSheet(ComplaintReportWriter.UNITS_SHEET).getRow(1).getCell(2).getNumericCellValue());
        }
        OfficialDocumentContent pdf = handler.call(() -> reports.document(year, district, KEYS));
        assertTrue(pdf.title().contains(year + "年度法律援助投诉处理情况报告"), pdf.title());

        assertInstanceOf(NotFoundException.class, failure(() -> handlerB.call(() -> reports.report(year, district))),
                "a district's handler reads only its own units");
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    @DisplayName("art. 16–17, 25: an investigator attaches a PDF to a record with the case documents' checks (a program named .pdf, an empty file, a non-investigator refused, nothing kept); it is in the file and its index, downloaded byte for byte and audited, and never by another district")
    void attachmentsToInvestigationRecords() throws Exception {
        LegalCase lc = c.civilCase();
        Complaint k = acceptedWithTeam(lc, ComplaintGround.NO_PROGRESS_REPORTS);
        long id = k.getId();
        long record = handler.call(() -> complaints.getComplaint(id)).records().get(0).getId();
        long before = fixtures.count("select count(a) from RecordAttachment a");

        assertEquals("shared.document.executable", refusal(inv1, () -> complaints.attach(id, record, "询问笔录.pdf",
                bytes("MZ\u0090\u0000 a Windows program"))));
        assertEquals("shared.document.empty", refusal(inv1, () -> complaints.attach(id, record, "空.pdf", bytes(""))));
        assertEquals("shared.document.type", refusal(inv1, () -> complaints.attach(id, record, "笔录.pdf", bytes("just text"))));
        assertEquals("complaints.record.notInvestigator", refusal(handler, () -> complaints.attach(id, record, "笔录.pdf",
                bytes("%PDF-1.4 signed record"))));
        assertInstanceOf(NotFoundException.class, failure(() -> inv1.call(() -> complaints.attach(id, -1, "笔录.pdf",
                bytes("%PDF-1.4 signed record")))), "a record of another complaint or none");
        assertEquals(before, fixtures.count("select count(a) from RecordAttachment a"), "a refused file leaves no row");

        String pdf = "%PDF-1.4 询问笔录（签名扫描件）";
        RecordAttachment a = inv1.call(() -> complaints.attach(id, record, "C:\\扫描\\询问笔录-王桂兰.pdf",
                new ByteArrayInputStream(pdf.getBytes(StandardCharsets.UTF_8))));
        assertEquals("询问笔录-王桂兰.pdf", a.getFileName(), "the last path segment kept");
        assertEquals(DocumentType.PDF, a.getType());
        assertEquals(pdf.getBytes(StandardCharsets.UTF_8).length, a.getSizeBytes());

        ComplaintView v = handler.call(() -> complaints.getComplaint(id));
        assertEquals(List.of(a.getId()), v.attachmentsOf(record).stream().map(RecordAttachment::getId).toList());
        assertTrue(v.steps().stream().anyMatch(st -> st.getKind() == ComplaintStepKind.ATTACHED && st.getNote().contains("询问笔录-王桂兰.pdf")),
                "art. 25: in the one file");
        OfficialDocumentContent index = handler.call(() -> complaints.document(id, ComplaintDocument.FILE_INDEX, KEYS)).orElseThrow();
        assertTrue(index.body().stream().filter(b -> b instanceof OfficialDocumentContent.Fields).map(b -> (OfficialDocumentContent.Fields) b)
                .flatMap(fs -> fs.rows().stream()).anyMatch(r -> r.label().startsWith("附件") && r.value().contains("询问笔录-王桂兰.pdf")),
                "and in its printed index");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long reads = fixtures.count("select count(e) from AuditEntry e where e.entityType = 'RecordAttachment' and e.entityId = '" + a.getId() + "'");
        c.approver.call(() -> {
            complaints.writeAttachment(a.getId(), out);
            return null;
        });
        assertEquals(pdf, out.toString(StandardCharsets.UTF_8), "the head, who may see the complaint, downloads it byte for byte");
        assertEquals(reads + 1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'RecordAttachment' and e.entityId = '"
                + a.getId() + "'"), "the download audited");
        assertInstanceOf(NotFoundException.class, failure(() -> handlerB.call(() -> complaints.getAttachment(a.getId()))),
                "another district's handler cannot see it");
        assertInstanceOf(EJBAccessException.class, failure(() -> c.supervisor.call(() -> complaints.getAttachment(a.getId()))),
                "nor can a case supervisor");
    }

    @Test
    @DisplayName("art. 9, 15, 18: an online complaint names its respondent in words; accepting it unlinked is refused, a respondent unknown to the registries too, the staff member picked is linked with the words kept beside, and the investigators' conflicts then see that respondent")
    void onlineRespondentLinkedAtAcceptance() throws Exception {
        PublicComplaintForm form = new PublicComplaintForm();
        form.setUnitId(c.tree().districtA().getId());
        form.setComplainantName("李秀英");
        form.setComplainantPhone("13912345678");
        form.setRespondentType(RespondentType.STAFF);
        form.setRespondentName("窗口一位姓钱的工作人员");
        form.setGround(ComplaintGround.REFUSED_OR_DELAYED_SERVICE);
        form.setFacts("窗口工作人员以材料不全为由拒收申请，未说明缺什么。");
        form.setKnewOn(today.minusDays(5));
        String receipt = publicComplaints.submit(form).receipt();
        Complaint k = handler.call(() -> complaints.findComplaints(new ComplaintFilter(null, null, null, receipt, null, null), 0, 2)).get(0);
        long id = k.getId();
        assertFalse(k.isRespondentLinked(), "named in words only");

        assertEquals("complaints.accept.respondentUnlinked", refusal(handler, () -> complaints.accept(id)));
        assertEquals("complaints.respondentUnknown", refusal(handler, () -> complaints.accept(id,
                new RespondentChoice(RespondentType.STAFF, null, "nobody-" + receipt))));
        assertInstanceOf(NotFoundException.class, failure(() -> handlerB.call(() -> complaints.accept(id,
                new RespondentChoice(RespondentType.STAFF, null, c.username("complaintsB"))))), "another district's handler cannot");
        Complaint still = handler.call(() -> complaints.getComplaint(id)).complaint();
        assertEquals(ComplaintStatus.RECEIVED, still.getStatus());
        assertFalse(still.isRespondentLinked(), "a refused acceptance links nothing");

        String staff = c.username("inv1");
        Complaint accepted = handler.call(() -> complaints.accept(id, new RespondentChoice(RespondentType.STAFF, null, staff)));
        assertEquals(ComplaintStatus.INVESTIGATING, accepted.getStatus());
        assertEquals(staff, accepted.getRespondentUsername());
        assertEquals("窗口一位姓钱的工作人员", accepted.getRespondentWords(), "the complainant's words kept beside");
        assertEquals(c.tree().districtA().getId(), accepted.getRespondentUnitId());
        List<ComplaintStepKind> kinds = handler.call(() -> complaints.getComplaint(id)).steps().stream().map(ComplaintStep::getKind).toList();
        assertEquals(List.of(ComplaintStepKind.RECEIVED, ComplaintStepKind.RESPONDENT_LINKED, ComplaintStepKind.ACCEPTED), kinds);

        assertEquals("complaints.investigators.conflict", refusal(handler, () -> complaints.assignInvestigators(id,
                List.of(new InvestigatorChoice(staff, false), new InvestigatorChoice(c.username("inv2"), false)))),
                "art. 18: the staff member complained about cannot investigate");

        LegalCase lc = c.civilCase();
        Complaint letter = handler.call(() -> complaints.register(about(lc, ComplaintChannel.LETTER, ComplaintGround.FAILED_DUTIES)));
        assertEquals("complaints.respondent.notOnline", refusal(handler, () -> complaints.accept(letter.getId(),
                new RespondentChoice(RespondentType.LAWYER, lc.getLawyerId(), null))), "staff picked its respondent when writing it down");
    }
}
