package org.legalaid.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CampaignAct;
import org.legalaid.quality.CampaignState;
import org.legalaid.quality.CrossAvoidance;
import org.legalaid.quality.Evaluation;
import org.legalaid.quality.EvaluationForm;
import org.legalaid.quality.Evaluator;
import org.legalaid.quality.FindingType;
import org.legalaid.quality.FormItem;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.Grade;
import org.legalaid.quality.GradeBands;
import org.legalaid.quality.PoolLevel;
import org.legalaid.quality.ProblemType;
import org.legalaid.quality.QualityRates;
import org.legalaid.quality.Round;
import org.legalaid.quality.SampleState;
import org.legalaid.quality.SampledCase;
import org.legalaid.quality.Sampler;
import org.legalaid.quality.control.CampaignDraws;
import org.legalaid.quality.control.QualityRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Case quality evaluation campaigns (seed 004 "法律援助案件质量抽查评估"): the evaluation forms as versioned
 * data, the evaluator pool, the campaign's blind, stratified and reproducible draw with cross-avoiding
 * assignment, the panel, the units' objections, publication and the results (优良率, 合格率, the catalogue
 * of problems). Set up and published by the centre director or the bureau supervisor, for the units of
 * their subtree ({@link CampaignAct}).
 */
@Stateless
public class CampaignService {

    static final String FORM = "QualityForm";
    static final String EVALUATOR = "QualityEvaluator";
    static final String CAMPAIGN = "QualityCampaign";
    static final String SAMPLE = "QualitySample";
    static final String EVALUATION = "QualityEvaluation";

    @Inject
    private QualityRepository repository;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Actors actors;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    @Resource
    private SessionContext context;

    // ---- forms -----------------------------------------------------------------------------------------

    /** A new form version's content. */
    public record NewForm(FormKind kind, String title, boolean blind, GradeBands bands, List<FormItem> items)
            implements Serializable {
    }

    /**
     * Adds the next version of the kind's form; evaluations already assigned keep their version (seed 004
     * (八) "质量评估表未使用新表").
     *
     * @throws BusinessException those of {@link EvaluationForm}
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public EvaluationForm addFormVersion(@NotNull NewForm f) {
        if (f.title() == null || f.title().isBlank() || f.title().length() > EvaluationForm.TITLE_MAX) {
            throw new BusinessException("quality.form.title");
        }
        EvaluationForm form = new EvaluationForm(f.kind(), repository.maxFormVersion(f.kind()) + 1, f.title().strip(),
                f.blind(), f.bands(), f.items(), actors.username(), time.now());
        repository.addForm(form);
        audit.fire(AuditEvent.of(AuditAction.CREATE, FORM, form.getId(), f.kind() + " form version " + form.getFormVersion()
                + " (" + form.getItems().size() + " items, bands " + f.bands() + ", blind " + f.blind() + ")"));
        return form;
    }

    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR, Roles.QUALITY_EVALUATOR})
    public List<EvaluationForm> findForms() {
        return repository.findForms();
    }

    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR, Roles.QUALITY_EVALUATOR})
    public Optional<EvaluationForm> findCurrentForm(@NotNull FormKind kind) {
        return repository.findCurrentForm(kind);
    }

    // ---- the evaluator pool ----------------------------------------------------------------------------

    /** A new member of the pool: the account they sign in with and what avoidance needs to know. */
    public record NewEvaluator(String userName, String name, PoolLevel level, long unitId, String firmName,
                               Long lawyerId, String specialties, LocalDate trainedOn) implements Serializable {
    }

    /**
     * Adds an evaluator to the pool of a unit of the caller's subtree.
     *
     * @throws BusinessException {@code quality.evaluator.duplicate}; {@code quality.evaluator.fields}
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Evaluator addEvaluator(@NotNull NewEvaluator n) {
        requireUnitInScope(n.unitId());
        if (blank(n.userName()) || blank(n.name()) || n.level() == null || n.name().length() > Evaluator.NAME_MAX
                || n.firmName() != null && n.firmName().length() > Evaluator.FIRM_MAX
                || n.specialties() != null && n.specialties().length() > Evaluator.SPECIALTIES_MAX) {
            throw new BusinessException("quality.evaluator.fields");
        }
        if (repository.evaluatorExists(n.userName())) {
            throw new BusinessException("quality.evaluator.duplicate", n.userName());
        }
        Evaluator e = new Evaluator(n.userName(), n.name().strip(), n.level(), n.unitId(), blankToNull(n.firmName()),
                n.lawyerId(), blankToNull(n.specialties()), n.trainedOn(), Set.of());
        repository.addEvaluator(e);
        audit.fire(AuditEvent.of(AuditAction.CREATE, EVALUATOR, e.getId(), "evaluator " + e.getUserName() + " of unit "
                + e.getUnitId() + (e.getFirmName() == null ? "" : ", firm " + e.getFirmName())));
        return e;
    }

    /** The evaluator declares a conflict with a lawyer: avoidance keeps the lawyer's cases from them. */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Evaluator declareConflict(long evaluatorId, long lawyerId) {
        Evaluator e = repository.findEvaluator(evaluatorId).orElseThrow(() -> new NotFoundException(EVALUATOR, evaluatorId));
        requireUnitInScope(e.getUnitId());
        e.declareConflict(lawyerId);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, EVALUATOR, evaluatorId, "declared conflict with lawyer " + lawyerId));
        return e;
    }

    /** The active evaluators of the caller's units. */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public List<Evaluator> findEvaluators() {
        return repository.findEvaluators(organisation.findUnitIdsInScope());
    }

    // ---- the draw ----------------------------------------------------------------------------------------

    /** What a campaign is set up with; {@code seed} null draws a fresh random one. */
    public record CampaignForm(Campaign.Settings settings, Long seed) implements Serializable {
    }

    /** A draw and its assignment, before anything is stored (the wizard's preview) or as stored. */
    public record DrawPreview(long seed, int candidates, Sampler.Draw draw, CrossAvoidance.Plan plan,
                              Map<Long, String> caseNumbers) implements Serializable {
    }

    /**
     * Draws and assigns without storing anything: the wizard shows the sample, the shortfalls and any case
     * the pool cannot place.
     *
     * @throws BusinessException those of {@link Sampler#draw}
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public DrawPreview preview(@NotNull CampaignForm f) {
        long seed = f.seed() != null ? f.seed() : new SecureRandom().nextLong();
        return drawAndPlan(f.settings(), seed);
    }

    private DrawPreview drawAndPlan(Campaign.Settings s, long seed) {
        s.unitIds().forEach(this::requireUnitInScope);
        CampaignDraws.Prepared p = draws.prepare(s, seed, organisation.findUnitIdsInScope());
        Map<Long, String> numbers = new HashMap<>();
        p.cases().values().forEach(c -> numbers.put(c.getCaseId(), c.getCaseNumber()));
        return new DrawPreview(seed, p.candidates().size(), p.draw(), p.plan(), numbers);
    }

    /**
     * Draws the sample, assigns every case with cross-avoidance on the current form version of its kind,
     * and stores the campaign with its seed and candidate list. All or nothing.
     *
     * @throws BusinessException {@code quality.assignment.unplaceable} (count, case numbers) when the pool
     *                           cannot place every case — nothing is stored; {@code quality.form.none} (kind)
     *                           without a form; those of {@link Sampler#draw} and {@link Campaign.Settings}
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Campaign draw(@NotNull CampaignForm f) {
        f.settings().unitIds().forEach(this::requireUnitInScope);
        long seed = f.seed() != null ? f.seed() : new SecureRandom().nextLong();
        return draws.draw(f.settings(), seed, actors.current().orElseThrow().unitId(), organisation.findUnitIdsInScope(),
                actors.username());
    }

    @Inject
    private CampaignDraws draws;

    /** The draw re-run from the stored seed and candidate list, and whether it gives the stored sample. */
    public record Redraw(List<Long> stored, List<Long> redrawn, String candidatesSha256) implements Serializable {
        public boolean isSame() {
            return stored.equals(redrawn);
        }
    }

    /** Re-runs a campaign's draw from what it stored (anyone who may see the campaign may check it). */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Redraw redraw(long campaignId) {
        Campaign c = campaign(campaignId);
        List<Long> stored = repository.findSamples(campaignId).stream().map(SampledCase::getCaseId).sorted().toList();
        return new Redraw(stored, c.redraw().caseIds(), c.getCandidatesSha256());
    }

    // ---- campaigns -------------------------------------------------------------------------------------

    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public List<Campaign> findCampaigns() {
        return repository.findCampaigns(organisation.findUnitIdsInScope());
    }

    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Campaign getCampaign(long id) {
        return campaign(id);
    }

    /** The acts the caller may take on the campaign now (what the page offers). */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Set<CampaignAct> actsOn(long campaignId) {
        return CampaignAct.openTo(context::isCallerInRole, campaign(campaignId).getState());
    }

    /** A campaign's progress: sampled cases by state, evaluations done and open, re-evaluations waiting for an evaluator. */
    public record Progress(long campaignId, CampaignState state, int sampled, Map<SampleState, Integer> byState,
                           int evaluationsDone, int evaluationsOpen, int unplacedReevaluations, int openObjections)
            implements Serializable {
        /** Percentage of sampled cases evaluated (0–100). */
        public int percentDone() {
            return sampled == 0 ? 100 : byState.getOrDefault(SampleState.EVALUATED, 0) * 100 / sampled;
        }
    }

    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Progress progress(long campaignId) {
        Campaign c = campaign(campaignId);
        List<SampledCase> samples = repository.findSamples(campaignId);
        List<Evaluation> evaluations = repository.findEvaluations(campaignId);
        Map<SampleState, Integer> byState = new EnumMap<>(SampleState.class);
        samples.forEach(s -> byState.merge(s.getState(), 1, Integer::sum));
        Set<Long> withReevaluation = evaluations.stream().filter(e -> e.getRound() == Round.REEVALUATION)
                .map(Evaluation::getSampleId).collect(Collectors.toSet());
        int unplaced = (int) samples.stream().filter(s -> s.getState() == SampleState.REEVALUATION
                && !withReevaluation.contains(s.getId())).count();
        int done = (int) evaluations.stream().filter(Evaluation::isSubmitted).count();
        return new Progress(campaignId, c.getState(), samples.size(), byState, done, evaluations.size() - done, unplaced,
                (int) samples.stream().filter(SampledCase::hasOpenObjection).count());
    }

    /** The sampled cases of a campaign (for the progress view and the panel). */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public List<SampledCase> findSamples(long campaignId) {
        campaign(campaignId);
        return repository.findSamples(campaignId);
    }

    /**
     * Places the re-evaluations still without an evaluator (a pool that could not take them when the initial
     * evaluation came in) — with avoidance, never to the initial evaluator.
     *
     * @return how many are still unplaced
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public int placeReevaluations(long campaignId) {
        Campaign c = campaign(campaignId);
        c.require(CampaignState.DRAWN);
        int left = reevaluations.placeOpen(campaignId, repository.findEvaluators(organisation.findUnitIdsInScope()));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CAMPAIGN, campaignId, "re-evaluations placed; " + left + " still unplaced"));
        return left;
    }

    @Inject
    private org.legalaid.quality.control.Reevaluations reevaluations;

    /**
     * The panel's decision by majority on a case whose re-evaluation differed beyond the margin.
     *
     * @throws BusinessException those of {@link SampledCase#panelDecides}
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public SampledCase decidePanel(long sampleId, @NotNull List<Grade> votes) {
        SampledCase s = repository.lockSample(sampleId).orElseThrow(() -> new NotFoundException(SAMPLE, sampleId));
        Campaign c = campaign(s.getCampaignId());
        require(CampaignAct.DECIDE_PANEL, c);
        Grade g = s.panelDecides(votes, actors.username());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, SAMPLE, sampleId, "panel decided " + g + " by votes " + votes));
        return s;
    }

    /**
     * The provisional results go to the units; the objection period starts.
     *
     * @throws BusinessException {@code quality.campaign.unfinished} (count) while a case is not evaluated
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Campaign notifyUnits(long campaignId) {
        Campaign c = repository.lockCampaign(campaignId).orElseThrow(() -> new NotFoundException(CAMPAIGN, campaignId));
        requireCampaignInScope(c);
        require(CampaignAct.NOTIFY, c);
        long open = repository.findSamples(campaignId).stream().filter(s -> s.getState() != SampleState.EVALUATED).count();
        if (open > 0) {
            throw new BusinessException("quality.campaign.unfinished", open);
        }
        c.notifyUnits(time.today(), actors.username());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CAMPAIGN, campaignId, "results notified; objections until " + c.getObjectionUntil()));
        return c;
    }

    /**
     * The unit's objection to a case's grade (异议, seed 004), by the director of the case's unit (or a unit
     * above it), within the period.
     *
     * @throws BusinessException {@code quality.objection.closed} (last day) after the period; those of {@link
     *                           SampledCase#object}
     */
    @RolesAllowed(Roles.APPROVER)
    public SampledCase object(long sampleId, @NotBlank @Size(max = SampledCase.TEXT_MAX) String reason) {
        SampledCase s = repository.lockSample(sampleId).orElseThrow(() -> new NotFoundException(SAMPLE, sampleId));
        if (!organisation.findUnitIdsInScope().contains(s.getUnitId())) {
            throw new NotFoundException(SAMPLE, sampleId);
        }
        Campaign c = repository.findCampaign(s.getCampaignId()).orElseThrow();
        require(CampaignAct.OBJECT, c);
        if (!c.isObjectionOpen(time.today())) {
            throw new BusinessException("quality.objection.closed", c.getObjectionUntil());
        }
        s.object(reason.strip(), actors.username(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, SAMPLE, sampleId, "objection to grade " + s.getGrade() + ": " + reason));
        return s;
    }

    /**
     * The objection's review (异议审核), never by the objector.
     *
     * @throws BusinessException those of {@link SampledCase#reviewObjection}
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public SampledCase reviewObjection(long sampleId, boolean upheld, Grade newGrade,
                                       @NotBlank @Size(max = SampledCase.TEXT_MAX) String review) {
        SampledCase s = repository.lockSample(sampleId).orElseThrow(() -> new NotFoundException(SAMPLE, sampleId));
        Campaign c = campaign(s.getCampaignId());
        require(CampaignAct.REVIEW_OBJECTION, c);
        Grade before = s.getGrade();
        s.reviewObjection(upheld, newGrade, review.strip(), actors.username());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, SAMPLE, sampleId, "objection " + (upheld ? "upheld: " + before + " -> "
                + s.getGrade() : "rejected") + ": " + review));
        return s;
    }

    /**
     * Publishes the results: every grade becomes final and cannot change; final grades reach the lawyer's
     * annual assessment and the subsidy's quality factor.
     *
     * @throws BusinessException {@code quality.objection.open} while an objection waits for its review
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Campaign publish(long campaignId) {
        Campaign c = repository.lockCampaign(campaignId).orElseThrow(() -> new NotFoundException(CAMPAIGN, campaignId));
        requireCampaignInScope(c);
        require(CampaignAct.PUBLISH, c);
        LocalDate today = time.today();
        for (SampledCase s : repository.findSamples(campaignId)) {
            s.makeFinal(today);
        }
        c.publish(today, actors.username());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CAMPAIGN, campaignId, "results published, grades final"));
        return c;
    }

    // ---- results ---------------------------------------------------------------------------------------

    /** One unit's line of the results. */
    public record UnitResult(long unitId, String unitName, QualityRates rates) implements Serializable {
    }

    /**
     * A campaign's results: per unit the numbers by grade with 优良率 and 合格率, the whole campaign's, the
     * catalogue of problems the evaluators named (by type, most frequent first) and the automatic check's
     * findings in the sampled cases, and the shortfalls.
     */
    public record Results(Campaign campaign, List<UnitResult> units, QualityRates total,
                          Map<ProblemType, Integer> problems, Map<FindingType, Integer> findings,
                          List<Sampler.Shortfall> shortfalls, Map<Long, String> unitNames,
                          List<OutdatedForm> outdatedForms) implements Serializable {
    }

    /**
     * A sampled case evaluated on a form version that a newer one of its kind has replaced (seed 004 (八)
     * "案件质量评估表未使用新表"): flagged on the results.
     */
    public record OutdatedForm(long caseId, long evaluationId, int formVersion, int currentVersion) implements Serializable {
    }

    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Results results(long campaignId) {
        return resultsOf(campaign(campaignId));
    }

    /**
     * The notice of a published campaign's results (通报), in the style of seed 004 "法律援助案件质量抽查评估工作
     * 通报": how the cases were drawn and evaluated, the results per unit with 优良率 and 合格率, the units with
     * too few cases, the problems found (named by the evaluators, and by the automatic check).
     *
     * @throws BusinessException {@code quality.campaign.state} before publication
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public OfficialDocumentContent notice(long campaignId) {
        Campaign c = campaign(campaignId);
        c.require(CampaignState.PUBLISHED);
        Results r = resultsOf(c);
        String organ = organisation.findUnitNamesInScope().getOrDefault(c.getOwnerUnitId(), "");
        OfficialDocumentContent.Builder b = OfficialDocumentContent.builder().issuingOrgan(organ)
                .title("关于" + c.getName() + "结果的通报")
                .paragraph("为加强法律援助案件质量监管，持续提升服务质效，" + organ + "组织开展了" + c.getName() + "。现将评估结果通报如下：")
                .heading("一、基本情况")
                .paragraph("（一）抽取方式。本次评估采取盲抽方式，随机对" + date(c.getWindowFrom()) + "至" + date(c.getWindowTo())
                        + "期间已归档的法律援助案件进行抽查，共抽取" + r.total().evaluated() + "宗案卷。抽样随机种子为" + c.getSeed()
                        + "，候选案件清单（" + c.getCandidateCount() + "件，SHA-256 " + c.getCandidatesSha256()
                        + "）已存档，可据以复核抽样结果。")
                .paragraph("（二）评估方式。评估师按交叉回避方式分配案件，不评估本单位、本所及本人经办、监督、审查的案件。")
                .paragraph("（三）评估方法。按照初评，优秀、不合格案件复评，异议审核，通报评估结果等步骤进行，评估结果划分为优秀、良好、合格、不合格4个等次。")
                .heading("二、评估结果")
                .paragraph("全部评估案件中，优秀" + r.total().excellent() + "件，良好" + r.total().good() + "件，合格" + r.total().pass()
                        + "件，不合格" + r.total().fail() + "件；优良率" + pct(r.total().excellentOrGoodRate()) + "，合格率"
                        + pct(r.total().passRate()) + "。");
        for (UnitResult u : r.units()) {
            b.field(u.unitName(), "优秀" + u.rates().excellent() + "件、良好" + u.rates().good() + "件、合格" + u.rates().pass()
                    + "件、不合格" + u.rates().fail() + "件；优良率" + pct(u.rates().excellentOrGoodRate()) + "，合格率"
                    + pct(u.rates().passRate()));
        }
        for (Sampler.Shortfall sf : r.shortfalls()) {
            b.paragraph(r.unitNames().getOrDefault(sf.unitId(), "") + (sf.kind() == FormKind.CRIMINAL ? "刑事" : "民事行政")
                    + "案件仅" + sf.available() + "件，少于应抽取的" + sf.wanted() + "件，已全部抽取。");
        }
        b.heading("三、主要问题");
        int n = 0;
        for (Map.Entry<ProblemType, Integer> e : r.problems().entrySet()) {
            b.paragraph("（" + CHINESE_ORDINALS[Math.min(n++, CHINESE_ORDINALS.length - 1)] + "）" + PROBLEM_TEXT.get(e.getKey())
                    + "（" + e.getValue() + "件）；");
        }
        if (!r.findings().isEmpty()) {
            b.paragraph("系统自动检查抽中案卷发现：" + r.findings().entrySet().stream()
                    .map(e -> FINDING_TEXT.get(e.getKey()) + e.getValue() + "处").collect(Collectors.joining("，")) + "。");
        }
        audit.fire(AuditEvent.of(AuditAction.READ, CAMPAIGN, campaignId, "results notice printed"));
        return b.signature(organ, c.getPublishedOn()).build();
    }

    private static final String[] CHINESE_ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    /** The problems as the notice writes them (seed 004 "三、主要问题"). */
    private static final Map<ProblemType, String> PROBLEM_TEXT = new EnumMap<>(Map.ofEntries(
            Map.entry(ProblemType.INDEX_IRREGULAR, "卷宗目录、指派通知书填写不规范"),
            Map.entry(ProblemType.RIGHTS_NOTICE_MISSING, "缺少律师权利义务告知书和受援人权利义务告知书"),
            Map.entry(ProblemType.ALTERATIONS, "目录有涂改现象，证据目录内容较乱"),
            Map.entry(ProblemType.OPINION_UNSIGNED, "代理意见格式不规范或未署名"),
            Map.entry(ProblemType.TRIAL_RECORD_THIN, "庭审笔录过于简单，无法详细体现开庭审理过程"),
            Map.entry(ProblemType.MEETING_RECORD_INCOMPLETE, "会见笔录记录不全"),
            Map.entry(ProblemType.FILE_REVIEW_MISSING, "缺少阅卷笔录或阅卷笔录书写敷衍"),
            Map.entry(ProblemType.INDICTMENT_COPIED, "复制和摘抄起诉书"),
            Map.entry(ProblemType.MATERIALS_MISSING, "强制措施、认罪认罚、如何到案等材料缺失"),
            Map.entry(ProblemType.DATE_LOGIC, "指派日期、办理日期、结案日期早于审批日期，逻辑程序混乱"),
            Map.entry(ProblemType.WEAK_ARGUMENT, "未能准确找到辩护要点"),
            Map.entry(ProblemType.OUTDATED_FORM, "案件质量评估表未使用新表")));

    /** The automatic check's findings as the notice writes them. */
    private static final Map<FindingType, String> FINDING_TEXT = new EnumMap<>(Map.of(
            FindingType.MISSING_ITEM, "卷宗材料缺失", FindingType.DEFECTIVE_ITEM, "卷宗材料不合格",
            FindingType.MEETING_RECORD_MISSING, "会见笔录缺失", FindingType.DATE_LOGIC, "日期逻辑错误",
            FindingType.LATE_STEP, "办理环节超期", FindingType.STRUCK_OUT, "办案记录划除",
            FindingType.NO_FOLLOW_UP, "未回访受援人"));

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String pct(BigDecimal rate) {
        return rate == null ? "—" : rate.stripTrailingZeros().toPlainString() + "%";
    }

    /** The results of every published campaign of the caller's units, newest first (for public disclosure). */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public List<Results> findPublishedResults() {
        return repository.findCampaigns(organisation.findUnitIdsInScope()).stream()
                .filter(c -> c.getState() == CampaignState.PUBLISHED).map(this::resultsOf).toList();
    }

    Results resultsOf(Campaign c) {
        List<SampledCase> samples = repository.findSamples(c.getId());
        Map<Long, String> names = unitNames(c);
        Map<Long, List<Grade>> byUnit = new TreeMap<>();
        List<Grade> all = new ArrayList<>();
        for (SampledCase s : samples) {
            Grade g = s.isFinal() ? s.getFinalGrade() : s.getGrade();
            byUnit.computeIfAbsent(s.getUnitId(), k -> new ArrayList<>());
            if (g != null) {
                byUnit.get(s.getUnitId()).add(g);
                all.add(g);
            }
        }
        List<UnitResult> units = byUnit.entrySet().stream().map(e -> new UnitResult(e.getKey(),
                names.getOrDefault(e.getKey(), String.valueOf(e.getKey())), QualityRates.of(e.getValue()))).toList();
        Map<ProblemType, Integer> problems = new EnumMap<>(ProblemType.class);
        repository.findEvaluations(c.getId()).stream().filter(Evaluation::isSubmitted)
                .forEach(e -> e.getProblems().forEach(p -> problems.merge(p, 1, Integer::sum)));
        Map<ProblemType, Integer> sortedProblems = problems.entrySet().stream()
                .sorted(Map.Entry.<ProblemType, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        Map<FindingType, Integer> findings = new LinkedHashMap<>();
        for (Object[] r : repository.countFindings(samples.stream().map(SampledCase::getCaseId).toList())) {
            findings.put((FindingType) r[0], ((Number) r[1]).intValue());
        }
        return new Results(c, units, QualityRates.of(all), sortedProblems, findings, c.shortfalls(), names, outdatedForms(c));
    }

    /** The submitted evaluations of the campaign scored on a form version a newer one of its kind has replaced. */
    private List<OutdatedForm> outdatedForms(Campaign c) {
        List<EvaluationForm> forms = repository.findForms();
        Map<Long, EvaluationForm> byId = new HashMap<>();
        Map<FormKind, EvaluationForm> current = new EnumMap<>(FormKind.class);
        for (EvaluationForm f : forms) {
            byId.put(f.getId(), f);
            current.merge(f.getKind(), f, (a, b) -> a.getFormVersion() >= b.getFormVersion() ? a : b);
        }
        List<OutdatedForm> out = new ArrayList<>();
        for (Evaluation e : repository.findEvaluations(c.getId())) {
            EvaluationForm f = byId.get(e.getFormId());
            if (e.isSubmitted() && f != null && f.isOutdatedBy(current.get(f.getKind()))) {
                out.add(new OutdatedForm(e.getCaseId(), e.getId(), f.getFormVersion(), current.get(f.getKind()).getFormVersion()));
            }
        }
        return out;
    }

    private Map<Long, String> unitNames(Campaign c) {
        Map<Long, String> inScope = organisation.findUnitNamesInScope();
        Map<Long, String> out = new HashMap<>();
        for (long id : c.getUnitIds()) {
            out.put(id, inScope.getOrDefault(id, String.valueOf(id)));
        }
        return out;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private Campaign campaign(long id) {
        Campaign c = repository.findCampaign(id).orElseThrow(() -> new NotFoundException(CAMPAIGN, id));
        requireCampaignInScope(c);
        return c;
    }

    private void requireCampaignInScope(Campaign c) {
        if (!organisation.findUnitIdsInScope().contains(c.getOwnerUnitId())) {
            throw new NotFoundException(CAMPAIGN, c.getId());
        }
    }

    private void require(CampaignAct act, Campaign c) {
        if (!act.allows(context::isCallerInRole, c.getState())) {
            throw new BusinessException("quality.act.notNow", act.labelKey(), c.getState().labelKey());
        }
    }

    private void requireUnitInScope(long unitId) {
        if (!organisation.findUnitIdsInScope().contains(unitId)) {
            throw new BusinessException("quality.unit.outOfScope", unitId);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
