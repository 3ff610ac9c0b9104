package org.legalaid.it.quality;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.LegalCase;
import org.legalaid.funding.ClaimForm;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.QualityGrade;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.funding.boundary.SubsidyStandardService;
import org.legalaid.it.Deployments;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.it.funding.FundingFixtures;
import org.legalaid.lawyers.boundary.AssessmentService;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CampaignAct;
import org.legalaid.quality.CampaignKind;
import org.legalaid.quality.CampaignState;
import org.legalaid.quality.CheckFinding;
import org.legalaid.quality.Evaluation;
import org.legalaid.quality.Evaluator;
import org.legalaid.quality.FindingType;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.Grade;
import org.legalaid.quality.ProblemType;
import org.legalaid.quality.Round;
import org.legalaid.quality.SampleRule;
import org.legalaid.quality.SampleState;
import org.legalaid.quality.SampledCase;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.quality.boundary.EvaluationService;
import org.legalaid.quality.boundary.FileCheckService;
import org.legalaid.quality.boundary.GradeService;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Quality evaluation (issue 16, seed 004): the automatic check on archive, a whole campaign from the blind reproducible draw to the published, final result, grades reaching the assessment and the subsidy")
class QualityCampaignIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.of(Stream.of(QualityCampaignIT.class), Stream.of(QualityFixtures.CLASSES),
                Stream.of(FundingFixtures.CLASSES), Stream.of(CaseFixtures.CLASSES)).flatMap(s -> s).toArray(Class<?>[]::new));
    }

    private static final Set<FormKind> BOTH = Set.of(FormKind.CRIMINAL, FormKind.CIVIL_ADMINISTRATIVE);

    @Inject
    private QualityFixtures f;

    @Inject
    private FundingFixtures funding;

    @Inject
    private CampaignService campaigns;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private GradeService grades;

    @Inject
    private FileCheckService checks;

    @Inject
    private AssessmentService assessments;

    @Inject
    private ClaimService claims;

    @Inject
    private SubsidyStandardService standards;

    @Inject
    private org.legalaid.quality.boundary.QualityFigures qualityFigures;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
    }

    private Campaign.Settings settings(SampleRule rule) {
        return new Campaign.Settings("案件质量抽查评估" + f.cases.tree().suffix(), CampaignKind.SAMPLING, f.today.minusDays(1),
                f.today, Set.of(f.cases.tree().districtA().id()), rule, new BigDecimal("10"), 5);
    }

    /** Every open evaluation of the pool's evaluators, with who holds it. */
    private Map<Long, String> openWork(List<Evaluator> pool) throws Exception {
        Map<Long, String> out = new HashMap<>();
        for (Evaluator e : pool) {
            for (EvaluationService.WorkItem w : f.as(e.getUserName()).call(() -> evaluations.findWork()).items()) {
                out.put(w.evaluationId(), e.getUserName());
            }
        }
        return out;
    }

    private static EvaluationService.Scoring scores(String a1, String a2, String b1, ProblemType... problems) {
        return new EvaluationService.Scoring(Map.of("A1", new BigDecimal(a1), "A2", new BigDecimal(a2), "B1", new BigDecimal(b1)),
                Map.of("A1", "会见笔录内容详细"), Set.of(problems), "独立评审意见");
    }

    private Evaluation submit(long evaluationId, String user, EvaluationService.Scoring s) throws Exception {
        return f.as(user).call(() -> evaluations.submit(evaluationId, s));
    }

    @Test
    void archivingACaseRecordsTheAutomaticCheckOfItsFileAndFlagsAMissingMeetingRecord() throws Exception {
        LegalCase complete = f.archivedCivilCase();
        LegalCase noMeeting = f.archivedCaseWithoutMeeting();
        GradeService.CaseCheck ok = f.cases.approver.call(() -> grades.findCheck(complete.getId())).orElseThrow();
        assertEquals(List.of(), ok.findings(), "a complete file with meetings and a follow-up visit has no findings");
        List<FindingType> found = f.cases.approver.call(() -> grades.findCheck(noMeeting.getId())).orElseThrow().findings()
                .stream().map(CheckFinding::getType).toList();
        assertEquals(List.of(FindingType.MEETING_RECORD_MISSING, FindingType.NO_FOLLOW_UP), found);

        // summed up per unit and per lawyer for the director of district A (issue 16 "summarised per unit and lawyer")
        List<FileCheckService.UnitSummary> units = f.cases.approver.call(() -> checks.summariseUnits(f.today.minusDays(1), f.today));
        assertEquals(1, units.size(), units.toString());
        FileCheckService.UnitSummary a = units.get(0);
        assertEquals(complete.getUnitId(), a.unitId());
        assertEquals(List.of(2L, 1L, 2L), List.of(a.cases(), a.withFindings(), a.findings()));
        assertEquals(Map.of(FindingType.MEETING_RECORD_MISSING, 1L, FindingType.NO_FOLLOW_UP, 1L), a.byType());
        List<FileCheckService.LawyerSummary> lawyers = f.cases.approver.call(() -> checks.findLawyerSummaries(f.today, f.today, 0, 10));
        assertEquals(noMeeting.getLawyerId(), lawyers.get(0).lawyerId(), "most findings first");
        assertEquals(2L, lawyers.get(0).findings());
        assertEquals(2L, lawyers.stream().mapToLong(FileCheckService.LawyerSummary::cases).sum());
        assertEquals(lawyers.size(), f.cases.approver.call(() -> checks.countLawyers(f.today, f.today)));
        assertEquals(List.of(), f.cases.approver.call(() -> checks.summariseUnits(f.today.plusDays(1), f.today.plusDays(2))));
        BusinessException backwards = assertThrows(BusinessException.class,
                () -> f.cases.approver.call(() -> checks.summariseUnits(f.today, f.today.minusDays(1))));
        assertEquals("quality.check.windowOrder", backwards.messageKey());
        assertTrue(f.cases.outsider.call(() -> grades.findCheck(noMeeting.getId())).isPresent(), "any staff reads the check on the case page");
    }

    @Test
    void aWholeCampaignFromTheBlindReproducibleDrawToThePublishedFinalResultAsSeed004() throws Exception {
        List<LegalCase> archived = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            archived.add(f.archivedCivilCase());
        }
        archived.add(f.archivedCriminalCase());
        archived.add(f.archivedCriminalCase());
        archived.add(f.archivedCaseWithoutMeeting());
        Evaluator own = f.addOwnUnitEvaluator();

        // the draw: 2 civil/administrative + 2 criminal of district A, the seed given so anyone can repeat it
        Campaign c = f.cases.bureau.call(() -> campaigns.draw(new CampaignService.CampaignForm(
                settings(SampleRule.perStratum(2, 50, BOTH)), 20260301L)));
        assertEquals(CampaignState.DRAWN, c.getState());
        assertEquals(6, c.getCandidateCount());
        List<SampledCase> samples = f.cases.bureau.call(() -> campaigns.findSamples(c.getId()));
        assertEquals(4, samples.size());
        assertEquals(2, samples.stream().filter(s -> s.getKind() == FormKind.CRIMINAL).count());
        assertTrue(samples.stream().anyMatch(s -> s.getStratum() == org.legalaid.quality.Sampler.Stratum.FINDINGS),
                "the case with findings is drawn in its own stratum");
        CampaignService.Redraw again = f.cases.bureau.call(() -> campaigns.redraw(c.getId()));
        assertTrue(again.isSame(), "the stored seed and candidate list give the same cases: " + again);

        // cross-avoidance: nobody of district A evaluates district A's cases; the work is spread evenly
        assertTrue(f.as(own.getUserName()).call(() -> evaluations.findWork()).items().isEmpty());
        Map<Long, String> work = openWork(f.crossPool);
        assertEquals(4, work.size());
        Map<String, Long> loads = new HashMap<>();
        work.values().forEach(u -> loads.merge(u, 1L, Long::sum));
        assertEquals(3, loads.size(), "every evaluator of the pool gets work: " + loads);
        for (var w : work.entrySet()) {
            EvaluationService.Sheet sheet = f.as(w.getValue()).call(() -> evaluations.getSheet(w.getKey()));
            assertNull(sheet.lawyerName(), "blind: no lawyer");
            assertNull(sheet.firmName(), "blind: no firm");
            assertNull(sheet.unitName(), "blind: no unit");
            assertNull(sheet.caseNumber(), "blind: no case number");
            assertEquals(3, sheet.evaluation().getEligible(), "three evaluators could take it, the own-unit one not");
            assertFalse(sheet.documents().isEmpty(), "the file's documents beside the form");
        }

        // initial evaluation: 优秀, 不合格, 良好, 合格
        List<Long> ids = work.keySet().stream().sorted().toList();
        Evaluation excellent = submit(ids.get(0), work.get(ids.get(0)), scores("30", "30", "35"));
        Evaluation fail = submit(ids.get(1), work.get(ids.get(1)), scores("20", "20", "10", ProblemType.MEETING_RECORD_INCOMPLETE,
                ProblemType.INDICTMENT_COPIED));
        Evaluation good = submit(ids.get(2), work.get(ids.get(2)), scores("28", "27", "30"));
        Evaluation pass = submit(ids.get(3), work.get(ids.get(3)), scores("20", "25", "25", ProblemType.MEETING_RECORD_INCOMPLETE));
        assertEquals(Grade.EXCELLENT, excellent.getGrade());
        assertEquals(0, new BigDecimal("95").compareTo(excellent.getTotal()));
        assertEquals(Grade.FAIL, fail.getGrade());
        assertEquals(Grade.GOOD, good.getGrade());
        assertEquals(Grade.PASS, pass.getGrade());
        assertEquals("quality.campaign.unfinished", assertThrows(BusinessException.class,
                () -> f.cases.bureau.call(() -> campaigns.notifyUnits(c.getId()))).messageKey());

        // re-evaluation of 优秀 and 不合格 by a different evaluator
        Map<Long, String> reWork = openWork(f.crossPool);
        assertEquals(2, reWork.size());
        Map<Long, Long> reBySample = new HashMap<>();
        for (var w : reWork.entrySet()) {
            EvaluationService.Sheet sheet = f.as(w.getValue()).call(() -> evaluations.getSheet(w.getKey()));
            assertEquals(Round.REEVALUATION, sheet.evaluation().getRound());
            long sample = sheet.evaluation().getSampleId();
            String initialBy = sample == excellent.getSampleId() ? excellent.getEvaluatorUser() : fail.getEvaluatorUser();
            assertNotEquals(initialBy, w.getValue(), "a different evaluator re-evaluates");
            reBySample.put(sample, w.getKey());
        }
        // 95 → 80: beyond the margin of 10, the panel decides; 50 → 55 within it: 不合格 stands
        long reExcellent = reBySample.get(excellent.getSampleId());
        submit(reExcellent, reWork.get(reExcellent), scores("30", "25", "25"));
        long reFail = reBySample.get(fail.getSampleId());
        submit(reFail, reWork.get(reFail), scores("20", "20", "15"));
        SampledCase panel = sample(c, excellent.getSampleId());
        assertEquals(SampleState.PANEL, panel.getState());
        assertEquals(SampleState.EVALUATED, sample(c, fail.getSampleId()).getState());
        assertEquals(Grade.FAIL, sample(c, fail.getSampleId()).getGrade());
        assertEquals("quality.panel.noMajority", assertThrows(BusinessException.class, () -> f.cases.bureau.call(() ->
                campaigns.decidePanel(panel.getId(), List.of(Grade.EXCELLENT, Grade.GOOD, Grade.PASS)))).messageKey());
        assertEquals(Grade.EXCELLENT, f.cases.bureau.call(() -> campaigns.decidePanel(panel.getId(),
                List.of(Grade.EXCELLENT, Grade.GOOD, Grade.EXCELLENT))).getGrade());

        CampaignService.Progress progress = f.cases.bureau.call(() -> campaigns.progress(c.getId()));
        assertEquals(100, progress.percentDone());
        assertEquals(6, progress.evaluationsDone());

        // notified; district A's director objects to the 合格, the bureau upholds it: 良好
        f.cases.bureau.call(() -> campaigns.notifyUnits(c.getId()));
        assertThrows(BusinessException.class, () -> f.cases.approver.call(() -> campaigns.actsOn(c.getId())),
                "district A's director does not see the bureau's campaign");
        f.cases.approver.call(() -> campaigns.object(pass.getSampleId(), "会见笔录齐全，评估时漏看第二次会见笔录"));
        assertEquals("quality.objection.open", assertThrows(BusinessException.class,
                () -> f.cases.bureau.call(() -> campaigns.publish(c.getId()))).messageKey());
        assertEquals(Set.of(CampaignAct.REVIEW_OBJECTION, CampaignAct.PUBLISH),
                f.cases.bureau.call(() -> campaigns.actsOn(c.getId())));
        f.cases.bureau.call(() -> campaigns.reviewObjection(pass.getSampleId(), true, Grade.GOOD, "复核卷宗，会见笔录两份齐全"));

        assertEquals("quality.campaign.state", assertThrows(BusinessException.class,
                () -> f.cases.bureau.call(() -> campaigns.notice(c.getId()))).messageKey(), "no notice before publication");

        // published: final and unchangeable
        Campaign published = f.cases.bureau.call(() -> campaigns.publish(c.getId()));
        assertEquals(CampaignState.PUBLISHED, published.getState());
        assertThrows(BusinessException.class, () -> f.cases.approver.call(() -> campaigns.object(good.getSampleId(), "再议")));
        assertThrows(BusinessException.class, () -> f.cases.bureau.call(() ->
                campaigns.reviewObjection(pass.getSampleId(), true, Grade.EXCELLENT, "改")));
        assertEquals(Grade.GOOD, sample(c, pass.getSampleId()).getFinalGrade());

        // results: 1 优秀, 2 良好, 1 不合格 → 优良率 75 %, 合格率 75 %; the catalogue of problems
        CampaignService.Results r = f.cases.bureau.call(() -> campaigns.results(c.getId()));
        assertEquals(1, r.units().size());
        assertEquals(new BigDecimal("75.0"), r.units().get(0).rates().excellentOrGoodRate());
        assertEquals(new BigDecimal("75.0"), r.units().get(0).rates().passRate());
        assertEquals(2, r.problems().get(ProblemType.MEETING_RECORD_INCOMPLETE));
        assertEquals(ProblemType.MEETING_RECORD_INCOMPLETE, r.problems().keySet().iterator().next(), "most frequent first");

        // the notice in the style of seed 004 and the published results for public disclosure
        org.legalaid.shared.pdf.OfficialDocumentContent notice = f.cases.bureau.call(() -> campaigns.notice(c.getId()));
        String text = notice.toString();
        assertTrue(notice.title().contains("结果的通报"), notice.title());
        assertTrue(text.contains("优良率75%") && text.contains("会见笔录记录不全（2件）") && text.contains(String.valueOf(c.getSeed())), text);
        assertTrue(f.cases.bureau.call(() -> campaigns.findPublishedResults()).stream()
                .anyMatch(x -> x.campaign().getId().equals(c.getId())));

        // issue 17, LAL art. 58: the final grades in the quality context's figures, by the unit that handled the case
        long gradedUnit = sample(c, fail.getSampleId()).getUnitId();
        java.util.Map<String, Long> figures = f.cases.bureau.call(() -> qualityFigures.count(List.of(gradedUnit), f.today, f.today));
        assertEquals(1L, figures.get("quality.grade.EXCELLENT"), figures.toString());
        assertEquals(2L, figures.get("quality.grade.GOOD"), figures.toString());
        assertEquals(1L, figures.get("quality.grade.FAIL"), figures.toString());
        assertEquals(4L, figures.get("quality.graded"), figures.toString());

        // final grades reach funding's boundary and the lawyer's annual assessment
        SampledCase failed = sample(c, fail.getSampleId());
        assertEquals(Grade.FAIL, f.cases.approver.call(() -> grades.findFinalGrade(failed.getCaseId())).orElseThrow());
        assertEquals("quality.grade.FAIL", f.cases.bureau.call(() -> assessments.gatherFigures(failed.getLawyerId(),
                f.today.getYear())).qualityGrade());

        // new versions of the forms: the files scored on the old ones are flagged on the results (seed 004 (八)
        // "案件质量评估表未使用新表"), and the published grades stay as they were
        assertEquals(List.of(), r.outdatedForms());
        f.cases.bureau.call(() -> campaigns.addFormVersion(QualityFixtures.form(FormKind.CIVIL_ADMINISTRATIVE, "民事行政法律援助案件质量评估表（新版）")));
        List<CampaignService.OutdatedForm> civilOnly = f.cases.bureau.call(() -> campaigns.results(c.getId())).outdatedForms();
        assertFalse(civilOnly.isEmpty());
        assertTrue(civilOnly.size() < 6, "the criminal files' form is still current: " + civilOnly);
        assertTrue(civilOnly.stream().allMatch(o -> o.currentVersion() == o.formVersion() + 1), civilOnly.toString());
        f.cases.bureau.call(() -> campaigns.addFormVersion(QualityFixtures.form(FormKind.CRIMINAL, "刑事法律援助案件质量评估表（新版）")));
        CampaignService.Results afterBoth = f.cases.bureau.call(() -> campaigns.results(c.getId()));
        assertEquals(6, afterBoth.outdatedForms().size(), "every submitted evaluation is on an outdated version now");
        assertEquals(Grade.GOOD, sample(c, pass.getSampleId()).getFinalGrade());
    }

    private SampledCase sample(Campaign c, long sampleId) throws Exception {
        return f.cases.bureau.call(() -> campaigns.findSamples(c.getId())).stream().filter(s -> s.getId() == sampleId)
                .findFirst().orElseThrow();
    }

    @Test
    void anEvaluatedExcellentCasesClaimIsCalculatedWithTheExcellentFactor() throws Exception {
        funding.setUp();
        f.setUpOn(funding.cases);
        LegalCase archived = funding.archivedCase();
        Campaign c = f.cases.bureau.call(() -> campaigns.draw(new CampaignService.CampaignForm(
                settings(SampleRule.perStratum(1, 0, Set.of(FormKind.CIVIL_ADMINISTRATIVE))), 7L)));
        Map<Long, String> work = openWork(f.crossPool);
        long initial = work.keySet().iterator().next();
        submit(initial, work.get(initial), scores("30", "30", "35"));
        Map<Long, String> re = openWork(f.crossPool);
        long reId = re.keySet().iterator().next();
        submit(reId, re.get(reId), scores("30", "28", "34"));
        f.cases.bureau.call(() -> campaigns.notifyUnits(c.getId()));
        f.cases.bureau.call(() -> campaigns.publish(c.getId()));

        ClaimForm form = new ClaimForm();
        form.setCaseId(archived.getId());
        form.setStage(ProcedureStage.FIRST_INSTANCE);
        BigDecimal factor = funding.finance.call(() -> standards.getSettings()).factorFor(QualityGrade.EXCELLENT);
        BigDecimal total = funding.finance.call(() -> claims.preview(form)).calculation().total();
        assertEquals(0, FundingFixtures.BASE.multiply(factor).compareTo(total), "¥1,500 × " + factor + " = " + total);
        SubsidyClaim claim = funding.finance.call(() -> claims.claim(form));
        assertEquals(QualityGrade.EXCELLENT, claim.getGrade());
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingHalfSaved() throws Exception {
        LegalCase first = f.archivedCivilCase();
        int before = f.cases.bureau.call(() -> campaigns.findCampaigns()).size();

        // a sample larger than the population
        BusinessException tooMany = assertThrows(BusinessException.class, () -> f.cases.bureau.call(() -> campaigns.draw(
                new CampaignService.CampaignForm(settings(SampleRule.perStratum(2, 0, Set.of(FormKind.CIVIL_ADMINISTRATIVE))), 1L))));
        assertEquals("quality.sample.largerThanPopulation", tooMany.messageKey());
        assertEquals(before, f.cases.bureau.call(() -> campaigns.findCampaigns()).size());

        // a score above an item's maximum
        Campaign c = f.cases.bureau.call(() -> campaigns.draw(new CampaignService.CampaignForm(
                settings(SampleRule.perStratum(1, 0, Set.of(FormKind.CIVIL_ADMINISTRATIVE))), 1L)));
        Map<Long, String> work = openWork(f.crossPool);
        long id = work.keySet().iterator().next();
        BusinessException above = assertThrows(BusinessException.class, () -> submit(id, work.get(id), scores("31", "30", "30")));
        assertEquals("quality.score.aboveMaximum", above.messageKey());
        assertEquals("A1", above.arguments()[0]);
        assertEquals(1, f.as(work.get(id)).call(() -> evaluations.findWork()).initial(), "the evaluation is still open");
        assertEquals(SampleState.INITIAL, f.cases.bureau.call(() -> campaigns.findSamples(c.getId())).get(0).getState());
        // another evaluator cannot submit it
        String other = f.crossPool.stream().map(Evaluator::getUserName).filter(u -> !u.equals(work.get(id))).findFirst().orElseThrow();
        assertThrows(BusinessException.class, () -> submit(id, other, scores("1", "1", "1")));

        // a pool that cannot satisfy avoidance: every evaluator declared a conflict with the second case's lawyer
        LegalCase second = f.archivedCivilCase();
        for (Evaluator e : f.crossPool) {
            f.cases.bureau.call(() -> campaigns.declareConflict(e.getId(), second.getLawyerId()));
        }
        int withOne = f.cases.bureau.call(() -> campaigns.findCampaigns()).size();
        CampaignService.DrawPreview preview = f.cases.bureau.call(() -> campaigns.preview(new CampaignService.CampaignForm(
                settings(SampleRule.perStratum(2, 0, Set.of(FormKind.CIVIL_ADMINISTRATIVE))), 3L)));
        assertEquals(1, preview.plan().unplaced().size());
        assertEquals(second.getId(), preview.plan().unplaced().get(0).caseId());
        assertEquals(3, preview.plan().unplaced().get(0).ruledOut().get(org.legalaid.quality.Conflict.DECLARED));
        BusinessException unplaceable = assertThrows(BusinessException.class, () -> f.cases.bureau.call(() -> campaigns.draw(
                new CampaignService.CampaignForm(settings(SampleRule.perStratum(2, 0, Set.of(FormKind.CIVIL_ADMINISTRATIVE))), 3L))));
        assertEquals("quality.assignment.unplaceable", unplaceable.messageKey());
        assertEquals(1, unplaceable.arguments()[0]);
        assertEquals(second.getCaseNumber(), unplaceable.arguments()[1]);
        assertEquals(withOne, f.cases.bureau.call(() -> campaigns.findCampaigns()).size(), "no campaign stored");
        assertNotEquals(first.getId(), second.getId());
    }
}
