package org.legalaid.quality.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.CommendedPerson;
import org.legalaid.quality.CrossInspection;
import org.legalaid.quality.DataFigure;
import org.legalaid.quality.Figure;
import org.legalaid.quality.InspectedCentre;
import org.legalaid.quality.Inspection;
import org.legalaid.quality.Scorecard;
import org.legalaid.quality.ScorecardItem;
import org.legalaid.shared.control.CurrentTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}): two institution inspections of the city centre and
 * the three demonstration districts (seeds 000 and 002), so that {@code ./run.sh} shows them at once — one in
 * cross-inspection (集中检查) on seed 000's 120-point card with every self-report filed, the system's figures
 * taken and one sheet scored (the city centre's group still scores 黄岛区; the bureau's supervisor sees three
 * sheets to score), and one at acceptance (总结验收和表彰) on seed 002's standard with every centre scored, a
 * centre below the threshold to rectify by a follow-up date, a commended centre and a commended person. Built
 * from the domain's own rules (the groups of {@link CrossInspection}, {@link Scorecard#score}); marked as
 * demonstration data, never created on a production server.
 */
@Singleton
@Startup
@DependsOn({"InitialData", "DemoCaseData"})
@PermitAll // runs at deployment, no caller
public class DemoInspectionData {

    private static final Logger LOG = Logger.getLogger(DemoInspectionData.class.getName());
    private static final String SYSTEM = "system";

    @Inject
    private InspectionRepository repository;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Resource
    private TimerService timers;

    @PostConstruct
    void load() {
        if (Boolean.getBoolean("legalaid.demo")) {
            // once the demonstration's cases are archived and checked (DemoQualityData's timer); the deployment
            // does not wait for it
            timers.createSingleActionTimer(4000, new TimerConfig("demo-inspections", false));
        }
    }

    @Timeout
    void create(Timer timer) {
        Optional<Long> bureau = organisation.findActiveUnitIdByCode("SJJ");
        List<Long> centres = new ArrayList<>();
        for (String code : List.of("SN", "SB", "HD", "FYZX")) {
            organisation.findActiveUnitIdByCode(code).ifPresent(centres::add);
        }
        Optional<Scorecard> seed000 = repository.findScorecard(1);
        Optional<Scorecard> seed002 = repository.findScorecard(2);
        if (bureau.isEmpty() || centres.size() < 4 || seed000.isEmpty() || seed002.isEmpty()
                || !repository.findInspections(List.of(bureau.get())).isEmpty()) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        organisation.findPublicCentres().forEach(c -> names.put(c.id(), c.name()));
        LocalDate today = time.today();
        OffsetDateTime now = time.now();

        // in cross-inspection: every self-report filed, the figures taken, 市南区 scored by the city centre's group
        Inspection cross = open(new Inspection.Settings("2026年法律援助规范与质量检查（演示）", seed000.get().getId(),
                LocalDate.of(today.getYear(), 1, 1), today.minusDays(30), today.minusDays(50), today.minusDays(10),
                today.plusDays(40), today.plusDays(70), new BigDecimal("90"), 2), bureau.get(), centres, names, now);
        List<InspectedCentre> crossCentres = repository.findCentres(cross.getId());
        for (InspectedCentre c : crossCentres) {
            c.fileSelfReport(c.getUnitName() + "自查报告（演示）：对照六个方面逐项自查，制度建设和卷宗归档已整改，"
                    + "经费管理无截留、挪用，" + "下一步加强业务培训。", "director", now.minusDays(12));
        }
        cross.advance(); // 自查自纠
        cross.advance(); // 集中检查
        for (InspectedCentre c : crossCentres) {
            c.takeFigures(figuresOf(c.getUnitId(), cross), now.minusDays(9));
        }
        InspectedCentre shinan = crossCentres.stream().filter(c -> c.getUnitId() == centres.get(0)).findFirst().orElseThrow();
        shinan.score(seed000.get().score(marks(seed000.get(), Map.of(
                "I5", new Scorecard.Mark(new BigDecimal("16"), "业务培训记录不全，2名工作人员全年未参加培训"),
                "I6", new Scorecard.Mark(new BigDecimal("18"), "值班律师工作制度未上墙公示"))), shinan.figures()), "director", now.minusDays(3));

        // at acceptance on seed 002's standard: every centre scored, 市北区 below the threshold to rectify
        Inspection acceptance = open(new Inspection.Settings("2025年度法律援助机构规范服务达标检查（演示）", seed002.get().getId(),
                LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear() - 1, 12, 31), today.minusDays(120),
                today.minusDays(90), today.minusDays(20), today.plusDays(30), new BigDecimal("90"), 2), bureau.get(),
                centres, names, now.minusDays(130));
        List<InspectedCentre> accCentres = repository.findCentres(acceptance.getId());
        for (InspectedCentre c : accCentres) {
            c.fileSelfReport(c.getUnitName() + "规范服务达标自查报告（演示）：咨询接待、受理审查、指派监督、质量保证四个方面逐项对照，"
                    + "均已整改到位。", "director", now.minusDays(95));
        }
        acceptance.advance();
        acceptance.advance();
        for (InspectedCentre c : accCentres) {
            c.takeFigures(figuresOf(c.getUnitId(), acceptance), now.minusDays(89));
        }
        Map<Long, Map<String, Scorecard.Mark>> deductions = new HashMap<>();
        deductions.put(centres.get(0), Map.of("S1b", new Scorecard.Mark(new BigDecimal("8"), "咨询登记缺少来访人联系方式")));
        deductions.put(centres.get(1), Map.of(
                "S1a", new Scorecard.Mark(new BigDecimal("10"), "窗口未公示服务流程和监督电话"),
                "S2b", new Scorecard.Mark(new BigDecimal("6"), "3份审查材料未告知补正期限"),
                "S3b", new Scorecard.Mark(new BigDecimal("6"), "办案过程跟踪记录缺失"),
                "S4b", new Scorecard.Mark(new BigDecimal("5"), "未按规定回访受援人")));
        deductions.put(centres.get(2), Map.of("S4b", new Scorecard.Mark(new BigDecimal("9"), "投诉处理台账登记不及时")));
        for (InspectedCentre c : accCentres) {
            Scorecard card = seed002.get();
            c.score(card.score(marks(card, deductions.getOrDefault(c.getUnitId(), Map.of())), c.figures()),
                    // group 1 (市北区 and the city centre, whose director is the demo's) scores group 0; group 0 has no demo user
                    c.getGroup() == 0 ? "director" : SYSTEM, now.minusDays(40));
        }
        acceptance.advance(); // 总结验收和表彰
        for (InspectedCentre c : accCentres) {
            if (!seed002.get().complies(c.getTotal())) {
                c.requireRectification(today.plusDays(30), false, today);
            } else if (c.getUnitId() == centres.get(3)) {
                c.commend("规范服务四个方面全部达标，窗口服务群众满意度高");
            }
        }
        acceptance.commend(new CommendedPerson("周涛", centres.get(3), names.get(centres.get(3)), "质量评估工作认真细致，发现并纠正问题卷宗12件"));
        LOG.info("demo inspections created: " + cross.getName() + ", " + acceptance.getName());
    }

    private Inspection open(Inspection.Settings s, long bureau, List<Long> centres, Map<Long, String> names, OffsetDateTime at) {
        Inspection i = new Inspection(s, bureau, SYSTEM, at);
        repository.addInspection(i);
        CrossInspection.assign(centres, s.groups()).forEach((unit, place) ->
                repository.addCentre(new InspectedCentre(i.getId(), unit, names.get(unit), place)));
        return i;
    }

    /** Full marks for every item the inspectors score, but for the deductions given with their reasons. */
    private static Map<String, Scorecard.Mark> marks(Scorecard card, Map<String, Scorecard.Mark> deductions) {
        Map<String, Scorecard.Mark> out = new HashMap<>();
        for (ScorecardItem i : card.getItems()) {
            out.put(i.getCode(), deductions.getOrDefault(i.getCode(), new Scorecard.Mark(i.getMaxScore(), null)));
        }
        return out;
    }

    /**
     * What the system knows for the centre and period: the files from quality's own read model; the clocks are
     * intake's, which counts them only for a signed-in caller's scope — the demonstration has no caller, so
     * those two figures are taken as nothing counted and the inspectors score those items themselves.
     */
    private List<Figure> figuresOf(long unitId, Inspection i) {
        long[] files = repository.countFiles(List.of(unitId), i.getPeriodFrom(), i.getPeriodTo());
        return List.of(new Figure(DataFigure.DECIDED_IN_7_DAYS, 0, 0), new Figure(DataFigure.ASSIGNED_IN_3_DAYS, 0, 0),
                new Figure(DataFigure.FILES_COMPLETE, files[0], files[1]));
    }
}
