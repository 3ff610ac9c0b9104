package org.legalaid.it.cases;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.AttendanceGrade;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseEnquiry;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.CaseOutcome;
import org.legalaid.cases.CaseProgress;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.CaseTermination;
import org.legalaid.cases.ChecklistLine;
import org.legalaid.cases.ClosingForm;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.EnquiryChannel;
import org.legalaid.cases.ItemVerdict;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.NewEnquiry;
import org.legalaid.cases.NewProgressEntry;
import org.legalaid.cases.OrganNotice;
import org.legalaid.cases.ProgressKind;
import org.legalaid.cases.TerminationGround;
import org.legalaid.cases.boundary.CaseService;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.cases.boundary.HandlingService;
import org.legalaid.cases.boundary.TerminationDocument;
import org.legalaid.cases.boundary.TerminationService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case page offers what the case boundary accepts, and nothing else (issue 14); an archived
 * case is read-only for everyone (issue 18). For each situation and each role, every act that
 * {@link CaseService#actsOn} offers is carried out through its boundary method and must succeed,
 * and every act it hides must be refused (by the role gate or by a business rule) — each attempt in
 * a transaction rolled back afterwards, so all acts are tried on the same state.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Case acts (issues 14, 18): every act the case page offers is accepted by the boundary, every act it hides refused, for every role")
class CaseActsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(CaseActsIT.class), Stream.of(CaseFixtures.CLASSES))
                .toArray(Class<?>[]::new));
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    private CaseFixtures f;

    @Inject
    private CaseService cases;

    @Inject
    private HandlingService handling;

    @Inject
    private TerminationService terminations;

    @Inject
    private ClosingService closing;

    @Resource
    private UserTransaction transaction;

    private LocalDate today;
    private Map<String, As> roles;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        today = LocalDate.now(ChinaTime.ZONE);
        roles = new LinkedHashMap<>();
        roles.put("clerk", f.clerk);
        roles.put("reviewer", f.reviewer);
        roles.put("approver", f.approver);
        roles.put("officer", f.officer);
        roles.put("supervisor", f.supervisor);
        roles.put("bureau", f.bureau);
        roles.put("finance", f.staff("finance", f.tree().districtA(), Role.FINANCE_OFFICER));
    }

    /** What the attempts need of the case: its entries, enquiry, termination and latest hand-in. */
    private record Scene(LegalCase legalCase, long lawyerEntry, long supervisionEntry, long openEnquiry,
                         CaseTermination termination, ClosingSubmission latest, String otherSupervisor) {
    }

    private NewProgressEntry meeting() {
        return new NewProgressEntry(ProgressKind.MEETING, today, "会见受援人，了解案情。");
    }

    private NewProgressEntry attendance() {
        NewProgressEntry e = new NewProgressEntry(ProgressKind.TRIAL_ATTENDANCE, today, "旁听一审庭审。");
        e.setAssessment("发问有条理。");
        e.setGrade(AttendanceGrade.GOOD);
        return e;
    }

    /** A civil case being handled, with a lawyer's entry, a supervision entry and an open enquiry. */
    private LegalCase handled() throws Exception {
        LegalCase c = f.civilCase();
        f.supervisor.call(() -> handling.recordProgress(c.getId(), meeting()));
        f.supervisor.call(() -> handling.recordProgress(c.getId(), attendance()));
        f.clerk.call(() -> handling.recordEnquiry(c.getId(), new NewEnquiry("王桂兰", EnquiryChannel.PHONE,
                "我的案子怎么样了？", null)));
        return c;
    }

    private Scene scene(LegalCase c) throws Exception {
        LegalCase now = f.supervisor.call(() -> cases.getCase(c.getId()));
        List<CaseProgress> entries = f.supervisor.call(() -> handling.findProgress(c.getId()));
        long lawyerEntry = entries.stream().filter(p -> !p.getKind().isStaffActivity()).findFirst().orElseThrow().getId();
        long supervision = entries.stream().filter(p -> p.getKind().isStaffActivity()).findFirst().orElseThrow().getId();
        long enquiry = f.supervisor.call(() -> handling.findEnquiries(c.getId())).stream()
                .filter(q -> !q.isAnswered()).map(CaseEnquiry::getId).findFirst().orElse(-1L);
        List<CaseTermination> all = f.supervisor.call(() -> terminations.findOfCase(c.getId()));
        List<ClosingSubmission> hands = f.supervisor.call(() -> closing.findSubmissions(c.getId()));
        String other = f.username(f.username("supervisor").equals(now.getSupervisor()) ? "supervisor2" : "supervisor");
        return new Scene(now, lawyerEntry, supervision, enquiry, all.isEmpty() ? null : all.get(all.size() - 1),
                hands.isEmpty() ? null : hands.get(hands.size() - 1), other);
    }

    /** Carries out {@code act} on the scene's case with valid arguments. */
    private Callable<?> attempt(CaseAct act, Scene s) {
        long id = s.legalCase().getId();
        long t = s.termination() == null ? -1 : s.termination().getId();
        long version = s.termination() == null ? 0 : s.termination().getVersion();
        return switch (act) {
            case RECORD_PROGRESS -> () -> handling.recordProgress(id, meeting());
            case RECORD_SUPERVISION -> () -> handling.recordProgress(id, attendance());
            case STRIKE_OUT -> () -> handling.strikeOut(s.lawyerEntry(), "记错日期");
            case STRIKE_OUT_SUPERVISION -> () -> handling.strikeOut(s.supervisionEntry(), "记错案件");
            case RECORD_ENQUIRY -> () -> handling.recordEnquiry(id, new NewEnquiry("王桂兰", EnquiryChannel.IN_PERSON,
                    "案件何时结束？", "已归档结案。"));
            case ANSWER_ENQUIRY -> () -> handling.answerEnquiry(s.openEnquiry(), "律师正在办理。");
            case CHANGE_SUPERVISOR -> () -> handling.changeSupervisor(id, s.otherSupervisor(), "原监督员休假");
            case PROPOSE_TERMINATION -> () -> terminations.propose(id, TerminationGround.DECEIT, "受援人隐瞒收入，骗取法律援助。");
            case DECIDE_TERMINATION -> () -> terminations.reject(t, "证据不足，继续提供法律援助。", version);
            case NOTIFY_ORGAN -> () -> terminations.recordOrganNotified(t, today, OrganNotice.LETTER);
            case RECEIVE_TERMINATION_OBJECTION -> () -> terminations.receiveObjection(t, "受援人不服终止决定。", today);
            case DECIDE_TERMINATION_OBJECTION -> () -> terminations.decideObjection(t, false, "终止决定并无不当，予以维持。");
            case MARK_RECOVERY -> () -> terminations.markRecovery(t, new BigDecimal("800.00"));
            case IMPOSE_FINE -> () -> terminations.imposeFine(t, new BigDecimal("500.00"));
            case ASSIGN_AGAIN -> () -> terminations.assignAgain(id, f.lawyer("孙律师"), null);
            case READ_TERMINATION_LETTERS -> () -> terminations.document(t, TerminationDocument.DECISION, "测试区法律援助中心", "测试市司法局");
            case RECORD_END -> () -> closing.recordCaseEnded(id, today);
            case SUBMIT_CLOSING -> () -> closing.submit(id, handIn(s.legalCase()));
            case ATTACH_DOCUMENT -> () -> closing.attach(id, CaseFileItem.MEETING_RECORD, "会见笔录.pdf", new ByteArrayInputStream(PDF));
            case REVIEW_CLOSING -> () -> closing.review(id, acceptAll(s.latest()));
            case ARCHIVE -> () -> closing.archive(id);
        };
    }

    private ClosingForm handIn(LegalCase c) {
        CaseOutcome outcome = c.getStatus() == CaseStatus.TERMINATED ? CaseOutcome.TERMINATED : CaseOutcome.JUDGMENT;
        ClosingForm form = new ClosingForm();
        form.setOutcome(outcome);
        form.setOutcomeText("一审判决被告每月支付赡养费800元");
        form.setReport("承办律师会见受援人，出庭一次，判决支持诉请。");
        form.setEndedOn(c.getStatus() == CaseStatus.HANDLING && c.getEndedOn() == null ? today : null);
        form.setSubmittedOn(today);
        form.setPresent(CaseFileItem.requiredFor(ClosingSubmission.kindOf(c, outcome)));
        return form;
    }

    private static Map<CaseFileItem, ClosingSubmission.Finding> acceptAll(ClosingSubmission s) {
        Map<CaseFileItem, ClosingSubmission.Finding> out = new EnumMap<>(CaseFileItem.class);
        if (s != null) {
            for (ChecklistLine l : s.getLines()) {
                out.put(l.getItem(), new ClosingSubmission.Finding(l.isPresent() ? ItemVerdict.ACCEPTED : null, null));
            }
        }
        return out;
    }

    /** Null when the call succeeded, else what refused it. */
    private Throwable tryRolledBack(As who, Callable<?> call) throws Exception {
        transaction.begin();
        try {
            who.call(call);
            return null;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause instanceof EJBException ejb && ejb.getCause() != null && !(cause instanceof EJBAccessException)) {
                cause = ejb.getCause();
            }
            return cause;
        } finally {
            transaction.rollback();
        }
    }

    /**
     * For every role: the acts offered succeed, the acts hidden are refused by a business rule or
     * the role gate (or, for a termination act on a case without one, not found).
     *
     * @return the acts offered, by role
     */
    private Map<String, Set<CaseAct>> offeredAreAcceptedHiddenAreRefused(LegalCase c) throws Exception {
        Scene s = scene(c);
        Map<String, Set<CaseAct>> offered = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, As> role : roles.entrySet()) {
            Set<CaseAct> open = role.getValue().call(() -> cases.actsOn(c.getId()));
            offered.put(role.getKey(), open);
            for (CaseAct act : CaseAct.values()) {
                Throwable refused = tryRolledBack(role.getValue(), attempt(act, s));
                if (open.contains(act) && refused != null) {
                    wrong.add(role.getKey() + " offered " + act + " but refused: " + refused);
                } else if (!open.contains(act) && refused == null) {
                    wrong.add(role.getKey() + " not offered " + act + " but it was accepted");
                } else if (!open.contains(act) && !(refused instanceof BusinessException || refused instanceof EJBAccessException
                        || (refused instanceof NotFoundException && s.termination() == null))) {
                    wrong.add(role.getKey() + " not offered " + act + " and refused for another reason: " + refused);
                }
            }
        }
        assertEquals(List.of(), wrong, s.legalCase().getStatus() + ": " + offered);
        return offered;
    }

    @Test
    @DisplayName("a case being handled: what each role is offered is exactly what the boundary accepts")
    void handling() throws Exception {
        Map<String, Set<CaseAct>> offered = offeredAreAcceptedHiddenAreRefused(handled());
        assertTrue(offered.get("supervisor").containsAll(Set.of(CaseAct.RECORD_SUPERVISION, CaseAct.PROPOSE_TERMINATION,
                CaseAct.RECORD_END, CaseAct.SUBMIT_CLOSING)), offered.toString());
        assertTrue(offered.get("clerk").contains(CaseAct.STRIKE_OUT) && !offered.get("clerk").contains(CaseAct.STRIKE_OUT_SUPERVISION));
    }

    @Test
    @DisplayName("a proposed termination for deceit, then approved: the director decides, then objection, costs and fine are offered to whom the law gives them")
    void termination() throws Exception {
        LegalCase c = handled();
        CaseTermination t = f.supervisor.call(() -> terminations.propose(c.getId(), TerminationGround.DECEIT,
                "受援人隐瞒收入，骗取法律援助。"));
        assertTrue(offeredAreAcceptedHiddenAreRefused(c).get("approver").contains(CaseAct.DECIDE_TERMINATION));
        f.approver.call(() -> terminations.approve(t.getId(), today, t.getVersion()));
        Map<String, Set<CaseAct>> offered = offeredAreAcceptedHiddenAreRefused(c);
        assertTrue(offered.get("finance").contains(CaseAct.MARK_RECOVERY), offered.toString());
        assertTrue(offered.get("bureau").contains(CaseAct.IMPOSE_FINE), offered.toString());
        assertTrue(offered.get("clerk").contains(CaseAct.RECEIVE_TERMINATION_OBJECTION), offered.toString());
    }

    @Test
    @DisplayName("issue 18: an archived case — nothing that changes it is offered to anyone, and the boundary refuses it all with cases.archived")
    void archivedIsReadOnly() throws Exception {
        LegalCase c = handled();
        f.supervisor.call(() -> closing.submit(c.getId(), handIn(f.supervisor.call(() -> cases.getCase(c.getId())))));
        ClosingSubmission s = f.supervisor.call(() -> closing.findSubmissions(c.getId())).get(0);
        f.reviewer.call(() -> closing.review(c.getId(), acceptAll(s)));
        f.reviewer.call(() -> closing.archive(c.getId()));

        Map<String, Set<CaseAct>> offered = offeredAreAcceptedHiddenAreRefused(c);
        offered.values().forEach(open -> open.removeIf(CaseAct::isOpenWhenArchived));
        offered.forEach((role, open) -> assertEquals(Set.of(), open, role));

        // the report of issue 18: the district clerk struck out the case supervisor's 会见 entry
        Scene scene = scene(c);
        for (As who : List.of(f.clerk, f.supervisor)) {
            Throwable refused = tryRolledBack(who, attempt(CaseAct.STRIKE_OUT, scene));
            assertEquals("cases.archived", ((BusinessException) refused).messageKey());
        }
        for (CaseAct act : List.of(CaseAct.RECORD_PROGRESS, CaseAct.ATTACH_DOCUMENT, CaseAct.PROPOSE_TERMINATION)) {
            assertEquals("cases.archived", ((BusinessException) tryRolledBack(f.supervisor, attempt(act, scene))).messageKey(),
                    act.name());
        }
        assertEquals("cases.archived", ((BusinessException) tryRolledBack(f.approver,
                attempt(CaseAct.CHANGE_SUPERVISOR, scene))).messageKey());
        assertTrue(f.supervisor.call(() -> handling.findProgress(c.getId())).stream().noneMatch(CaseProgress::isStruck),
                "nothing was struck out");
    }
}
