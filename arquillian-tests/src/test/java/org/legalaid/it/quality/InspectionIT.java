package org.legalaid.it.quality;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.UnitType;
import org.legalaid.quality.DataFigure;
import org.legalaid.quality.Figure;
import org.legalaid.quality.InspectedCentre;
import org.legalaid.quality.Inspection;
import org.legalaid.quality.InspectionAct;
import org.legalaid.quality.InspectionPhase;
import org.legalaid.quality.InspectionScore;
import org.legalaid.quality.InspectionWaiting;
import org.legalaid.quality.Scorecard;
import org.legalaid.quality.boundary.InspectionService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Institution inspections (issue 16, seeds 000 and 002): a campaign from the self-reports through cross-inspection to the results; a deduction without its reason refused with nothing half-saved")
class InspectionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.of(Stream.of(InspectionIT.class), Stream.of(QualityFixtures.CLASSES),
                Stream.of(CaseFixtures.CLASSES)).flatMap(s -> s).toArray(Class<?>[]::new));
    }

    /** Seed 000's scorecard as V51 seeds it: 6 categories × 20 = 120, threshold 96. */
    private static final long SEED000 = 1L;

    @Inject
    private QualityFixtures f;

    @Inject
    private Fixtures fixtures;

    @Inject
    private InspectionService inspections;

    private OrgUnit districtC;
    private As directorA;
    private As directorB;
    private As directorC;
    private As evaluatorB;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        districtC = fixtures.unit(f.cases.tree().code("DC"), "丙区法律援助中心", UnitType.DISTRICT_CENTRE, f.cases.tree().centre());
        directorA = f.cases.approver;
        directorB = f.cases.staff("dirB", f.cases.tree().districtB(), Role.APPROVER);
        directorC = f.cases.staff("dirC", districtC, Role.APPROVER);
        evaluatorB = f.cases.staff("inspB", f.cases.tree().districtB(), Role.QUALITY_EVALUATOR);
    }

    /** Centres A, B, C in two groups: A and C in group 0, inspected by group 1 (B); B inspected by group 0 (A, C). */
    private Inspection open() throws Exception {
        Inspection.Settings s = new Inspection.Settings("法律援助规范与质量检查" + f.cases.tree().suffix(), SEED000,
                f.today.minusDays(1), f.today, f.today, f.today.plusDays(30), f.today.plusDays(60), f.today.plusDays(90),
                new BigDecimal("90"), 2);
        return f.cases.bureau.call(() -> inspections.open(s, List.of(f.cases.tree().districtA().id(),
                f.cases.tree().districtB().id(), districtC.id())));
    }

    private InspectedCentre centre(long inspectionId, OrgUnit unit) throws Exception {
        return f.cases.bureau.call(() -> inspections.findCentres(inspectionId)).stream()
                .filter(c -> c.getUnitId() == unit.id()).findFirst().orElseThrow();
    }

    private void advance(long id) throws Exception {
        f.cases.bureau.call(() -> inspections.advance(id));
    }

    private void selfReports(long id) throws Exception {
        directorA.call(() -> inspections.fileSelfReport(centre(id, f.cases.tree().districtA()).getId(), "甲区自查报告：制度健全，台账待完善。"));
        directorB.call(() -> inspections.fileSelfReport(centre(id, f.cases.tree().districtB()).getId(), "乙区自查报告：人员不足。"));
        directorC.call(() -> inspections.fileSelfReport(centre(id, districtC).getId(), "丙区自查报告。"));
    }

    /** Full marks on every item, with the given marks instead. */
    private static Map<String, Scorecard.Mark> marks(Map<String, Scorecard.Mark> changes) {
        Map<String, Scorecard.Mark> m = new HashMap<>();
        for (String code : List.of("I1", "I2", "I3", "I4a", "I4b", "I4c", "I5", "I6")) {
            BigDecimal max = code.startsWith("I4") ? (code.equals("I4c") ? new BigDecimal("6") : new BigDecimal("7")) : new BigDecimal("20");
            m.put(code, new Scorecard.Mark(max, null));
        }
        m.putAll(changes);
        return m;
    }

    private static Scorecard.Mark mark(String score, String reason) {
        return new Scorecard.Mark(new BigDecimal(score), reason);
    }

    private static BusinessException refused(String key, org.junit.jupiter.api.function.Executable call) {
        BusinessException e = assertThrows(BusinessException.class, call);
        assertEquals(key, e.messageKey());
        return e;
    }

    @Test
    void aCampaignFromTheSelfReportsThroughCrossInspectionToTheResults() throws Exception {
        // district A archived two cases in the period, one without a meeting record: its files are 1 of 2 complete
        f.archivedCivilCase();
        f.archivedCaseWithoutMeeting();
        Inspection i = open();
        long id = i.getId();
        assertEquals(InspectionPhase.MOBILISE, i.getPhase());
        InspectedCentre a = centre(id, f.cases.tree().districtA());
        InspectedCentre b = centre(id, f.cases.tree().districtB());
        InspectedCentre c = centre(id, districtC);
        assertTrue(a.getGroup() != a.getInspectedBy() && b.getGroup() != b.getInspectedBy() && c.getGroup() != c.getInspectedBy());
        assertEquals(a.getGroup(), c.getGroup());
        assertEquals(b.getGroup(), a.getInspectedBy());

        refused("quality.inspection.notNow", () -> directorA.call(() -> inspections.fileSelfReport(a.getId(), "太早")));
        advance(id);
        assertEquals(Set.of(InspectionAct.SELF_REPORT), directorA.call(() -> inspections.actsOn(id)));
        refused("quality.inspection.notYourCentre", () -> directorA.call(() -> inspections.fileSelfReport(b.getId(), "代乙区填报")));
        directorA.call(() -> inspections.fileSelfReport(a.getId(), "甲区自查报告：制度健全，台账待完善。"));
        BusinessException missing = refused("quality.inspection.selfReportsMissing", () -> advance(id));
        assertEquals(2, missing.arguments()[0]);
        directorB.call(() -> inspections.fileSelfReport(b.getId(), "乙区自查报告：人员不足。"));
        directorC.call(() -> inspections.fileSelfReport(c.getId(), "丙区自查报告。"));
        advance(id);

        // the figures from the data, taken when cross-inspection started
        Map<DataFigure, Figure> figuresA = centre(id, f.cases.tree().districtA()).figures();
        assertEquals(new Figure(DataFigure.FILES_COMPLETE, 2, 1), figuresA.get(DataFigure.FILES_COMPLETE));
        assertEquals(new Figure(DataFigure.DECIDED_IN_7_DAYS, 2, 2), figuresA.get(DataFigure.DECIDED_IN_7_DAYS));
        assertEquals(new Figure(DataFigure.ASSIGNED_IN_3_DAYS, 2, 2), figuresA.get(DataFigure.ASSIGNED_IN_3_DAYS));
        assertEquals(0, centre(id, f.cases.tree().districtB()).figures().get(DataFigure.FILES_COMPLETE).counted());

        // no centre scores itself, nor a centre of its own group
        refused("quality.inspection.notInspector", () -> directorA.call(() -> inspections.score(a.getId(), marks(Map.of()))));
        refused("quality.inspection.notInspector", () -> directorC.call(() -> inspections.score(a.getId(), marks(Map.of()))));
        assertFalse(directorA.call(() -> inspections.mayScore(a.getId())));
        assertTrue(evaluatorB.call(() -> inspections.mayScore(a.getId())));

        // A by B's inspector: the items the data knows are scored from it, whatever was typed
        InspectedCentre scoredA = evaluatorB.call(() -> inspections.score(a.getId(), marks(Map.of(
                "I2", mark("18", "经费台账不全"), "I4c", mark("6", null)))));
        assertEquals(0, new BigDecimal("115.0").compareTo(scoredA.getTotal()), "120 − 2 − 3 (files 1 of 2 complete)");
        InspectionScore files = scoredA.getScores().stream().filter(s -> s.getItemCode().equals("I4c")).findFirst().orElseThrow();
        assertTrue(files.isFromData());
        assertEquals(0, new BigDecimal("3.0").compareTo(files.getScore()));
        assertEquals("系统数据：2件中1件达标（50%）", files.getReason());
        // B by C's director, by hand (B has no data in the period); C by B's director
        directorC.call(() -> inspections.score(b.getId(), marks(Map.of("I5", mark("5", "专职人员仅2人，未达编制"),
                "I6", mark("10", "制度未上墙、未落实"), "I4a", mark("2", "抽查3件，2件超过7日")))));
        directorB.call(() -> inspections.score(c.getId(), marks(Map.of())));

        advance(id);
        InspectionService.Results r = f.cases.bureau.call(() -> inspections.results(id));
        assertEquals(List.of(districtC.id(), f.cases.tree().districtA().id(), f.cases.tree().districtB().id()),
                r.centres().stream().map(x -> x.centre().getUnitId()).toList());
        assertEquals(List.of(1, 2, 3), r.centres().stream().map(InspectionService.CentreResult::rank).toList());
        assertEquals(2, r.compliance().compliant());
        assertEquals(0, new BigDecimal("66.67").compareTo(r.compliance().rate()));
        assertFalse(r.compliance().isMet(), "2 of 3 is short of the 90 % target");
        assertEquals(List.of(f.cases.tree().districtB().id()), r.toRectify().stream().map(x -> x.centre().getUnitId()).toList());
        assertEquals(3, r.centres().get(2).deductions().size());

        // acceptance: the centre below the threshold rectifies; a compliant one is not asked to
        refused("quality.inspection.rectify.compliant", () -> f.cases.bureau.call(() -> inspections.requireRectification(a.getId(), f.today.plusDays(30))));
        refused("quality.inspection.notNow", () -> directorB.call(() -> inspections.fileSelfReport(b.getId(), "补交")));
        f.cases.bureau.call(() -> inspections.requireRectification(b.getId(), f.today.plusDays(30)));
        f.cases.bureau.call(() -> inspections.recordRectification(b.getId(), "已补充专职人员2名，制度已落实。"));
        f.cases.bureau.call(() -> inspections.commendCentre(c.getId(), "各项工作规范，满分"));
        f.cases.bureau.call(() -> inspections.commendPerson(id, "王明", districtC.id(), "窗口接待热情周到"));
        refused("quality.inspection.commend.person", () -> f.cases.bureau.call(() -> inspections.commendPerson(id, "李四",
                f.cases.tree().centre().id(), "不是受检中心")));

        OfficialDocumentContent notice = f.cases.bureau.call(() -> inspections.notice(id));
        String text = notice.toString();
        assertTrue(text.contains("达标率66.67%"), text);
        assertTrue(text.contains("未达到达标率90%以上的目标"), text);
        assertTrue(text.contains("经费台账不全"), text);
        assertTrue(text.contains("已补充专职人员2名"), text);
        assertTrue(text.contains("先进个人：丙区法律援助中心王明"), text);

        advance(id);
        assertEquals(InspectionPhase.CLOSED, f.cases.bureau.call(() -> inspections.getInspection(id)).getPhase());
        refused("quality.inspection.notNow", () -> f.cases.bureau.call(() -> inspections.advance(id)));
    }

    @Test
    void aDeductionWithoutItsReasonIsRefusedAndNothingIsHalfSaved() throws Exception {
        long id = open().getId();
        advance(id);
        selfReports(id);
        advance(id);
        InspectedCentre a = centre(id, f.cases.tree().districtA());

        BusinessException e = refused("quality.inspection.deduction.reasonMissing", () -> evaluatorB.call(() ->
                inspections.score(a.getId(), marks(Map.of("I1", mark("20", null), "I3", mark("16", "  "))))));
        assertEquals("I3", e.arguments()[0]);
        InspectedCentre after = centre(id, f.cases.tree().districtA());
        assertNull(after.getTotal());
        assertTrue(after.getScores().isEmpty());
        refused("quality.inspection.score.aboveMaximum", () -> evaluatorB.call(() ->
                inspections.score(a.getId(), marks(Map.of("I1", mark("21", null))))));
        refused("quality.inspection.score.missing", () -> evaluatorB.call(() -> {
            Map<String, Scorecard.Mark> m = marks(Map.of());
            m.remove("I6");
            return inspections.score(a.getId(), m);
        }));

        // a sheet scored, then a bad sheet: the first stays as it was
        evaluatorB.call(() -> inspections.score(a.getId(), marks(Map.of("I3", mark("16", "发现一起有偿办案线索")))));
        refused("quality.inspection.deduction.reasonMissing", () -> evaluatorB.call(() ->
                inspections.score(a.getId(), marks(Map.of("I1", mark("10", null))))));
        InspectedCentre kept = centre(id, f.cases.tree().districtA());
        assertEquals(0, new BigDecimal("116.0").compareTo(kept.getTotal()));
        assertEquals("发现一起有偿办案线索", kept.getScores().stream().filter(s -> s.getItemCode().equals("I3")).findFirst()
                .orElseThrow().getReason());

        // acceptance waits for every centre
        BusinessException unscored = refused("quality.inspection.unscored", () -> advance(id));
        assertEquals(2, unscored.arguments()[0]);
    }

    @Test
    void anInspectionThatCannotBeCrossInspectedIsNotOpened() throws Exception {
        String name = "单组检查" + f.cases.tree().suffix();
        Inspection.Settings oneGroup = new Inspection.Settings(name, SEED000, f.today.minusDays(1), f.today, f.today,
                f.today.plusDays(1), f.today.plusDays(2), f.today.plusDays(3), new BigDecimal("90"), 1);
        refused("quality.inspection.groups", () -> f.cases.bureau.call(() -> inspections.open(oneGroup,
                List.of(f.cases.tree().districtA().id(), f.cases.tree().districtB().id()))));
        Inspection.Settings backwards = new Inspection.Settings(name, SEED000, f.today.minusDays(1), f.today, f.today,
                f.today.minusDays(1), f.today.plusDays(2), f.today.plusDays(3), new BigDecimal("90"), 2);
        refused("quality.inspection.dates", () -> f.cases.bureau.call(() -> inspections.open(backwards,
                List.of(f.cases.tree().districtA().id(), f.cases.tree().districtB().id()))));
        assertTrue(f.cases.bureau.call(() -> inspections.findInspections()).stream().noneMatch(x -> x.getName().equals(name)));
        assertEquals(0, fixtures.count("select count(c) from InspectedCentre c where c.unitId = " + districtC.id()));
        // only the bureau supervisor opens one
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> directorA.call(() -> inspections.open(oneGroup, List.of())));
    }

    /** The unit ids of the centres a figure of the caller's inspection card opens. */
    private static Set<Long> waiting(As who, InspectionService inspections, InspectionWaiting w) throws Exception {
        return who.call(() -> inspections.findWaiting(w)).stream().map(InspectedCentre::getUnitId).collect(Collectors.toSet());
    }

    private long sqlWaiting(Inspection i, String condition) {
        return fixtures.sqlCount("select count(*) from quality_inspection_centre c join quality_inspection i on i.id = c.inspection_id"
                + " where i.owner_unit_id = ? and " + condition, i.getOwnerUnitId());
    }

    @Test
    void theInspectionCardCountsWhatWaitsEachByOneQueryAsItsListAndTheDatabaseDo() throws Exception {
        long a = f.cases.tree().districtA().id();
        long b = f.cases.tree().districtB().id();
        long c = districtC.id();
        Inspection i = open();
        long id = i.getId();
        advance(id); // self-inspection
        directorA.call(() -> inspections.fileSelfReport(centre(id, f.cases.tree().districtA()).getId(), "甲区自查报告。"));

        InspectionService.Work bureau = f.cases.bureau.call(() -> inspections.findWork());
        assertTrue(bureau.shown() && bureau.bureau());
        assertEquals(List.of(id), bureau.running().stream().map(Inspection::getId).toList());
        assertEquals(2, bureau.selfReports(), "B and C have not filed theirs");
        assertEquals(Set.of(b, c), waiting(f.cases.bureau, inspections, InspectionWaiting.SELF_REPORT));
        assertEquals(bureau.selfReports(), sqlWaiting(i, "i.phase = 'SELF_INSPECTION' and c.self_report is null"));
        InspectionService.Work ofB = directorB.call(() -> inspections.findWork());
        assertTrue(ofB.shown() && !ofB.bureau());
        assertEquals(1, ofB.selfReports(), "B's own self-report");
        assertEquals(Set.of(b), waiting(directorB, inspections, InspectionWaiting.SELF_REPORT));
        assertEquals(0, directorA.call(() -> inspections.findWork()).selfReports(), "A filed its own");
        assertFalse(evaluatorB.call(() -> inspections.findWork()).shown(), "the evaluator has a card of their own");
        assertTrue(evaluatorB.call(() -> inspections.findWaiting(InspectionWaiting.SCORE)).isEmpty());

        directorB.call(() -> inspections.fileSelfReport(centre(id, f.cases.tree().districtB()).getId(), "乙区自查报告。"));
        directorC.call(() -> inspections.fileSelfReport(centre(id, districtC).getId(), "丙区自查报告。"));
        advance(id); // cross-inspection: group 1 (B) scores A and C, group 0 (A, C) scores B
        bureau = f.cases.bureau.call(() -> inspections.findWork());
        assertEquals(0, bureau.selfReports());
        assertEquals(3, bureau.toScore());
        assertEquals(bureau.toScore(), sqlWaiting(i, "i.phase = 'CROSS_INSPECTION' and c.total is null"));
        assertEquals(2, directorB.call(() -> inspections.findWork()).toScore());
        assertEquals(Set.of(a, c), waiting(directorB, inspections, InspectionWaiting.SCORE));
        assertEquals(Set.of(b), waiting(directorC, inspections, InspectionWaiting.SCORE));

        directorA.call(() -> inspections.score(centre(id, f.cases.tree().districtB()).getId(), marks(Map.of())));
        directorB.call(() -> inspections.score(centre(id, f.cases.tree().districtA()).getId(), marks(Map.of())));
        directorB.call(() -> inspections.score(centre(id, districtC).getId(),
                marks(Map.of("I6", mark("4", "制度未落实，台账缺失"), "I5", mark("10", "人员不足，培训未落实")))));
        assertEquals(0, f.cases.bureau.call(() -> inspections.findWork()).toScore());
        assertEquals(0, directorC.call(() -> inspections.findWork()).toScore(), "B is scored: nothing waits for C's group");
        advance(id); // acceptance: C (94 of 120) is below the threshold of 96 and must rectify
        long below = centre(id, districtC).getId();
        assertEquals(0, new BigDecimal("94").compareTo(centre(id, districtC).getTotal()));
        assertEquals(0, f.cases.bureau.call(() -> inspections.findWork()).rectifications());
        f.cases.bureau.call(() -> inspections.requireRectification(below, f.today.plusDays(30)));
        assertEquals(1, f.cases.bureau.call(() -> inspections.findWork()).rectifications());
        assertEquals(Set.of(c), waiting(f.cases.bureau, inspections, InspectionWaiting.RECTIFICATION));
        assertEquals(1, sqlWaiting(i, "c.rectify_until is not null and c.rectification_outcome is null"));
        assertEquals(1, directorC.call(() -> inspections.findWork()).rectifications(), "C's own rectification");
        assertEquals(0, directorA.call(() -> inspections.findWork()).rectifications());
        assertTrue(f.cases.bureau.call(() -> inspections.findWork()).running().stream().anyMatch(x -> x.getId() == id));
        f.cases.bureau.call(() -> inspections.recordRectification(below, "已补齐台账，培训已落实。"));
        assertEquals(0, f.cases.bureau.call(() -> inspections.findWork()).rectifications());
        assertEquals(0, directorC.call(() -> inspections.findWork()).rectifications());
    }

    @Test
    void aNewScorecardVersionIsEditedFromTheCurrentOneAndAnOpenedInspectionKeepsItsVersion() throws Exception {
        String standard = "T" + f.cases.tree().suffix();
        Scorecard seed = f.cases.bureau.call(() -> inspections.getScorecard(SEED000));
        Scorecard v1 = f.cases.bureau.call(() -> inspections.addScorecardVersion(new InspectionService.NewScorecard(standard,
                "试行评分表", new BigDecimal("96"), seed.getItems())));
        assertEquals(1, v1.getScorecardVersion());
        Inspection.Settings s = new Inspection.Settings("按试行评分表检查" + f.cases.tree().suffix(), v1.getId(),
                f.today.minusDays(1), f.today, f.today, f.today.plusDays(30), f.today.plusDays(60), f.today.plusDays(90),
                new BigDecimal("90"), 2);
        Inspection opened = f.cases.bureau.call(() -> inspections.open(s, List.of(f.cases.tree().districtA().id(),
                f.cases.tree().districtB().id())));

        // the next version starts from the current one: one item's maximum lowered, another added
        List<org.legalaid.quality.ScorecardItem> items = new java.util.ArrayList<>(v1.getItems().stream()
                .map(x -> x.getCode().equals("I6") ? new org.legalaid.quality.ScorecardItem("I6", x.getCategory(), x.getText(),
                        new BigDecimal("10"), null) : x).toList());
        items.add(new org.legalaid.quality.ScorecardItem("I7", "信息化建设", "办案系统录入及时完整", new BigDecimal("10"), null));
        Scorecard v2 = f.cases.bureau.call(() -> inspections.addScorecardVersion(new InspectionService.NewScorecard(standard,
                "试行评分表（修订）", new BigDecimal("96"), items)));
        assertEquals(2, v2.getScorecardVersion());
        assertEquals(0, new BigDecimal("120").compareTo(v2.maximumTotal()));
        List<Scorecard> all = f.cases.bureau.call(() -> inspections.findScorecards());
        assertTrue(all.stream().anyMatch(x -> x.getId().equals(v1.getId())), "every version stays listed");
        assertEquals(v1.getId(), f.cases.bureau.call(() -> inspections.getInspection(opened.getId())).getScorecardId(),
                "the inspection keeps the version it was opened on");
        assertEquals(9, f.cases.bureau.call(() -> inspections.getScorecard(v2.getId())).getItems().size());
        assertEquals(8, f.cases.bureau.call(() -> inspections.getScorecard(v1.getId())).getItems().size());

        // a blank item or a threshold above the maximum adds no version; only the bureau's supervisor adds one
        List<org.legalaid.quality.ScorecardItem> blank = List.of(new org.legalaid.quality.ScorecardItem("X1", "类别", " ",
                new BigDecimal("10"), null));
        refused("quality.scorecard.items", () -> f.cases.bureau.call(() -> inspections.addScorecardVersion(
                new InspectionService.NewScorecard(standard, "空项", new BigDecimal("5"), blank))));
        refused("quality.scorecard.threshold", () -> f.cases.bureau.call(() -> inspections.addScorecardVersion(
                new InspectionService.NewScorecard(standard, "过高", new BigDecimal("130"), items))));
        assertEquals(2, fixtures.sqlCount("select count(*) from quality_scorecard where standard = ?", standard));
        assertTrue(f.cases.bureau.call(() -> inspections.mayAddScorecardVersion()));
        assertFalse(directorA.call(() -> inspections.mayAddScorecardVersion()));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> directorA.call(() -> inspections.addScorecardVersion(
                new InspectionService.NewScorecard(standard, "主任", new BigDecimal("96"), items))));
    }

}
