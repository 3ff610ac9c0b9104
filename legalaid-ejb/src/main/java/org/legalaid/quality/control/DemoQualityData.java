package org.legalaid.quality.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.legalaid.cases.boundary.CaseFileService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CampaignKind;
import org.legalaid.quality.EvaluationForm;
import org.legalaid.quality.Evaluator;
import org.legalaid.quality.FormItem;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.GradeBands;
import org.legalaid.quality.PoolLevel;
import org.legalaid.quality.SampleRule;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.CurrentTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command): the evaluation forms
 * for criminal and for civil and administrative cases (version 1, blind, bands 90/80/60, items after seed
 * 004's list of problems), the demo {@code evaluator} account in the city centre's pool, the automatic check
 * of the demonstration's archived (legacy) cases, and a campaign of the three districts drawn from them —
 * so that the evaluator finds work at once. Marked as demonstration data; a production server never
 * creates it. It reads the cases through the cases boundary as a director would ({@link RunAs}).
 */
@Singleton
@Startup
@DependsOn({"InitialData", "DemoCaseData"})
@PermitAll // runs at deployment, no caller
@RunAs(Roles.APPROVER)
public class DemoQualityData {

    private static final Logger LOG = Logger.getLogger(DemoQualityData.class.getName());
    private static final String SYSTEM = "system";

    @Inject
    private QualityRepository repository;

    @Inject
    private ArchivedCases archivedCases;

    @Inject
    private CampaignDraws draws;

    @Inject
    private CaseFileService files;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Resource
    private TimerService timers;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("legalaid.demo") || repository.findCurrentForm(FormKind.CRIMINAL).isPresent()) {
            return;
        }
        Optional<Long> centre = organisation.findActiveUnitIdByCode("FYZX");
        if (centre.isEmpty()) {
            return;
        }
        GradeBands bands = new GradeBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"));
        repository.addForm(new EvaluationForm(FormKind.CRIMINAL, 1, "刑事法律援助案件质量评估表（演示）", true, bands, List.of(
                item("A1", "办案程序", "会见被告人及时、次数充分，会见笔录完整", "10"),
                item("A2", "办案程序", "阅卷全面，阅卷笔录详实，不复制摘抄起诉书", "15"),
                item("A3", "办案程序", "强制措施、认罪认罚、到案经过等材料齐全", "10"),
                item("B1", "辩护质量", "准确把握案件定性和量刑幅度，辩护要点明确", "30"),
                item("B2", "辩护质量", "辩护词格式规范、署名齐全", "10"),
                item("C1", "卷宗归档", "目录、指派通知书填写规范，告知书齐全，无涂改", "15"),
                item("C2", "卷宗归档", "办理日期逻辑清楚，使用现行质量评估表", "10")), SYSTEM, time.now()));
        repository.addForm(new EvaluationForm(FormKind.CIVIL_ADMINISTRATIVE, 1, "民事行政法律援助案件质量评估表（演示）", true, bands,
                List.of(item("A1", "办案程序", "与受援人沟通及时，会见（谈话）笔录完整", "10"),
                        item("A2", "办案程序", "调查取证充分，证据目录清楚", "15"),
                        item("B1", "代理质量", "诉讼请求和代理意见有事实和法律依据", "30"),
                        item("B2", "代理质量", "另行提交书面代理词，不以答辩状代替", "10"),
                        item("B3", "代理质量", "庭审笔录能体现开庭审理过程", "10"),
                        item("C1", "卷宗归档", "目录、告知书齐全规范，无涂改", "15"),
                        item("C2", "卷宗归档", "办理日期逻辑清楚，回访受援人", "10")), SYSTEM, time.now()));
        repository.addEvaluator(new Evaluator("evaluator", "周涛", PoolLevel.CITY, centre.get(), null, null, "刑事,民事",
                time.today().minusMonths(1), Set.of()));
        // the cases are read through the cases boundary as a director (@RunAs), which a timeout callback is
        // certain to be; the deployment does not wait for it
        timers.createSingleActionTimer(2000, new TimerConfig("demo-quality-campaign", false));
    }

    /** Checks the demonstration's archived cases and draws a campaign of the districts (30 % of each stratum). */
    @Timeout
    void drawCampaign(Timer timer) {
        Optional<Long> centre = organisation.findActiveUnitIdByCode("FYZX");
        List<Long> districts = new ArrayList<>();
        for (String code : List.of("SN", "SB", "HD")) {
            organisation.findActiveUnitIdByCode(code).ifPresent(districts::add);
        }
        if (centre.isEmpty() || districts.isEmpty() || !repository.findCampaigns(List.of(centre.get())).isEmpty()) {
            return;
        }
        files.findArchivedCaseIds(1000).forEach(id -> files.findFileFacts(id).ifPresent(archivedCases::record));
        // a percentage never asks for more than there is, and the centre's evaluator crosses into every district
        Campaign c = draws.draw(new Campaign.Settings("2026年度案件质量抽查评估（演示）", CampaignKind.SAMPLING,
                        LocalDate.of(time.today().getYear() - 1, 1, 1), time.today(), Set.copyOf(districts),
                        SampleRule.percent(new BigDecimal("30"), 50, Set.of(FormKind.CRIMINAL, FormKind.CIVIL_ADMINISTRATIVE)),
                        new BigDecimal("10"), 5),
                20260301L, centre.get(), List.of(centre.get()), SYSTEM);
        LOG.info(() -> "demo quality campaign " + c.getName() + " drawn from " + c.getCandidateCount() + " archived cases");
    }

    private static FormItem item(String code, String section, String text, String max) {
        return new FormItem(code, section, text, new BigDecimal(max), null);
    }
}
