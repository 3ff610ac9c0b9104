package org.legalaid.it.quality;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.CaseOutcome;
import org.legalaid.cases.ChecklistLine;
import org.legalaid.cases.ClosingForm;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.ItemVerdict;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.NewProgressEntry;
import org.legalaid.cases.ProgressKind;
import org.legalaid.cases.Satisfaction;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.cases.boundary.HandlingService;
import org.legalaid.it.As;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.quality.EvaluationForm;
import org.legalaid.quality.Evaluator;
import org.legalaid.quality.FormItem;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.GradeBands;
import org.legalaid.quality.PoolLevel;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality supervision made the way users make it, on top of {@link CaseFixtures}: the bureau supervisor
 * keeps the forms (criminal and civil/administrative, bands 90/80/60 of 100, blind) and a pool of evaluators
 * of district B and the centre — and one of district A, who must never get district A's cases (交叉回避,
 * seed 004). Cases are archived in district A through the cases boundary.
 */
@Dependent
public class QualityFixtures {

    public static final Class<?>[] CLASSES = {QualityFixtures.class};

    @Inject
    public CaseFixtures cases;

    @Inject
    private ClosingService closing;

    @Inject
    private HandlingService handling;

    @Inject
    private CampaignService campaigns;

    public LocalDate today;
    public EvaluationForm criminal;
    public EvaluationForm civil;
    /** Evaluators of district B (two) and the centre (one). */
    public List<Evaluator> crossPool;
    /** An evaluator of district A, whose cases are all drawn from district A. */
    public Evaluator ownUnitEvaluator;
    public final Map<String, As> evaluatorAccounts = new HashMap<>();

    public QualityFixtures setUp() throws Exception {
        cases.setUp();
        return setUpOn(cases);
    }

    /** As {@link #setUp()}, on case fixtures set up already (e.g. those of the funding fixtures). */
    public QualityFixtures setUpOn(CaseFixtures existing) throws Exception {
        cases = existing;
        today = LocalDate.now(ChinaTime.ZONE);
        criminal = cases.bureau.call(() -> campaigns.addFormVersion(form(FormKind.CRIMINAL, "刑事法律援助案件质量评估表")));
        civil = cases.bureau.call(() -> campaigns.addFormVersion(form(FormKind.CIVIL_ADMINISTRATIVE, "民事行政法律援助案件质量评估表")));
        crossPool = List.of(evaluator("evalB1", "评估师乙一", cases.tree().districtB()),
                evaluator("evalB2", "评估师乙二", cases.tree().districtB()),
                evaluator("evalC1", "评估师市一", cases.tree().centre()));
        return this;
    }

    /** Adds the district A evaluator to the pool. */
    public Evaluator addOwnUnitEvaluator() throws Exception {
        ownUnitEvaluator = evaluator("evalA1", "评估师甲一", cases.tree().districtA());
        return ownUnitEvaluator;
    }

    /** Forms of 100 points: three items 30 + 30 + 40, blind, bands 90 / 80 / 60. */
    public static CampaignService.NewForm form(FormKind kind, String title) {
        return new CampaignService.NewForm(kind, title, true,
                new GradeBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60")), List.of(
                new FormItem("A1", "办案程序", "会见笔录完整、会见及时", new BigDecimal("30"), "会见次数、笔录内容"),
                new FormItem("A2", "办案程序", "卷宗材料齐全规范", new BigDecimal("30"), "目录、告知书、评估表现行版本"),
                new FormItem("B1", "办案质量", "辩护/代理意见抓住要点", new BigDecimal("40"), "不得复制摘抄起诉书")));
    }

    public Evaluator evaluator(String local, String name, OrgUnit unit) throws Exception {
        As account = cases.staff(local, unit, Role.QUALITY_EVALUATOR);
        evaluatorAccounts.put(cases.username(local), account);
        return cases.bureau.call(() -> campaigns.addEvaluator(new CampaignService.NewEvaluator(cases.username(local), name,
                unit.equals(cases.tree().centre()) ? PoolLevel.CITY : PoolLevel.DISTRICT, unit.id(), null, null, "刑事,民事",
                today.minusMonths(2))));
    }

    /** The evaluator's account by user name. */
    public As as(String userName) {
        return evaluatorAccounts.get(userName);
    }

    /** A civil case handled with a meeting and a follow-up visit, its file complete, reviewed and archived today. */
    public LegalCase archivedCivilCase() throws Exception {
        return archive(cases.civilCase(), true);
    }

    /** A criminal case, as {@link #archivedCivilCase()}. */
    public LegalCase archivedCriminalCase() throws Exception {
        return archive(cases.criminalCase(), true);
    }

    /** A civil case whose log records no meeting with the client (会见笔录 missing from the work) and no follow-up. */
    public LegalCase archivedCaseWithoutMeeting() throws Exception {
        return archive(cases.civilCase("李秀英"), false);
    }

    private LegalCase archive(LegalCase c, boolean withMeetingAndVisit) throws Exception {
        if (withMeetingAndVisit) {
            cases.supervisor.call(() -> handling.recordProgress(c.getId(), entry(ProgressKind.MEETING)));
        }
        if (withMeetingAndVisit) {
            cases.supervisor.call(() -> handling.recordProgress(c.getId(), entry(ProgressKind.FOLLOW_UP_VISIT)));
        }
        cases.supervisor.call(() -> closing.recordCaseEnded(c.getId(), today));
        ClosingForm form = new ClosingForm();
        form.setOutcome(CaseOutcome.JUDGMENT);
        form.setOutcomeText("一审判决");
        form.setReport("承办律师依法履职，案件审结。");
        form.setSubmittedOn(today);
        form.setPresent(CaseFileItem.requiredFor(ClosingSubmission.kindOf(c, CaseOutcome.JUDGMENT)));
        ClosingSubmission s = cases.supervisor.call(() -> closing.submit(c.getId(), form));
        Map<CaseFileItem, ClosingSubmission.Finding> findings = new EnumMap<>(CaseFileItem.class);
        for (ChecklistLine l : s.getLines()) {
            findings.put(l.getItem(), new ClosingSubmission.Finding(l.isPresent() ? ItemVerdict.ACCEPTED : null, null));
        }
        cases.reviewer.call(() -> closing.review(c.getId(), findings));
        return cases.approver.call(() -> closing.archive(c.getId()));
    }

    private NewProgressEntry entry(ProgressKind kind) {
        NewProgressEntry e = new NewProgressEntry();
        e.setKind(kind);
        e.setOccurredOn(today);
        e.setDetails(kind == ProgressKind.MEETING ? "会见受援人，了解案情" : "电话回访受援人");
        if (kind == ProgressKind.FOLLOW_UP_VISIT) {
            e.setSatisfaction(Satisfaction.SATISFIED);
        }
        return e;
    }
}
