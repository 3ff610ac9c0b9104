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
import org.legalaid.quality.ArchivedCase;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CampaignAct;
import org.legalaid.quality.CampaignKind;
import org.legalaid.quality.CampaignState;
import org.legalaid.quality.Candidate;
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
import org.legalaid.quality.SampleRule;
import org.legalaid.quality.SampleState;
import org.legalaid.quality.SampledCase;
import org.legalaid.quality.Sampler;
import org.legalaid.quality.control.QualityRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;

import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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

    /** A draw, its candidates, the drawn cases and the pool's plan. */
    private record Prepared(long seed, List<Candidate> candidates, Sampler.Draw draw, Map<Long, ArchivedCase> cases,
                            List<Evaluator> pool, CrossAvoidance.Plan plan) {
    }

    private Prepared prepare(Campaign.Settings s, long seed) {
        s.unitIds().forEach(this::requireUnitInScope);
        List<Candidate> candidates = repository.findCandidates(s.windowFrom(), s.windowTo(), s.unitIds());
        Sampler.Draw draw = Sampler.draw(seed, s.unitIds(), candidates, s.rule());
        Map<Long, ArchivedCase> cases = repository.findArchivedCases(draw.caseIds()).stream()
                .collect(Collectors.toMap(ArchivedCase::getCaseId, Function.identity()));
        List<Evaluator> pool = repository.findEvaluators(organisation.findUnitIdsInScope());
        Map<Long, Integer> loads = repository.openLoads();
        CrossAvoidance.Plan plan = CrossAvoidance.plan(draw.caseIds().stream().map(id -> cases.get(id).profile(Set.of())).toList(),
                pool.stream().map(e -> e.profile(loads.getOrDefault(e.getId(), 0))).toList());
        return new Prepared(seed, candidates, draw, cases, pool, plan);
    }

    private DrawPreview drawAndPlan(Campaign.Settings s, long seed) {
        Prepared p = prepare(s, seed);
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
        Campaign.Settings s = f.settings();
        Map<FormKind, EvaluationForm> forms = new EnumMap<>(FormKind.class);
        for (FormKind k : s.rule().kinds()) {
            forms.put(k, repository.findCurrentForm(k).orElseThrow(() -> new BusinessException("quality.form.none", k.labelKey())));
        }
        long seed = f.seed() != null ? f.seed() : new SecureRandom().nextLong();
        Prepared prepared = prepare(s, seed);
        List<Candidate> candidates = prepared.candidates();
        Sampler.Draw draw = prepared.draw();
        Map<Long, ArchivedCase> cases = prepared.cases();
        List<Evaluator> pool = prepared.pool();
        CrossAvoidance.Plan plan = prepared.plan();
        if (!plan.isComplete()) {
            String numbers = plan.unplaced().stream().limit(10).map(u -> cases.get(u.caseId()).getCaseNumber())
                    .collect(Collectors.joining("、"));
            throw new BusinessException("quality.assignment.unplaceable", plan.unplaced().size(), numbers);
        }
        Campaign c = new Campaign(s, actors.current().orElseThrow().unitId(), seed, candidates, draw,
                pool.stream().map(Evaluator::getId).toList(), actors.username(), time.now());
        repository.addCampaign(c);
        Map<Long, Evaluator> byId = pool.stream().collect(Collectors.toMap(Evaluator::getId, Function.identity()));
        Map<Long, CrossAvoidance.Placement> placements = plan.placements().stream()
                .collect(Collectors.toMap(CrossAvoidance.Placement::caseId, Function.identity()));
        List<SampledCase> samples = new ArrayList<>();
        for (Sampler.Drawn d : draw.cases()) {
            SampledCase sc = new SampledCase(c.getId(), d, cases.get(d.caseId()).getLawyerId());
            repository.addSample(sc);
            samples.add(sc);
        }
        repository.flush();
        for (SampledCase sc : samples) {
            CrossAvoidance.Placement p = placements.get(sc.getCaseId());
            repository.addEvaluation(new Evaluation(sc, Round.INITIAL, byId.get(p.evaluatorId()), forms.get(sc.getKind()), p));
        }
        repository.flush();
        audit.fire(AuditEvent.of(AuditAction.CREATE, CAMPAIGN, c.getId(), "campaign " + c.getName() + ": seed " + seed + ", "
                + candidates.size() + " candidates (sha-256 " + c.getCandidatesSha256() + "), " + draw.cases().size()
                + " drawn, " + draw.shortfalls().size() + " shortfalls, assigned to " + byId.size() + " evaluators' pool"));
        return c;
    }

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
                          List<Sampler.Shortfall> shortfalls, Map<Long, String> unitNames) implements Serializable {
    }

    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Results results(long campaignId) {
        return resultsOf(campaign(campaignId));
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
        return new Results(c, units, QualityRates.of(all), sortedProblems, findings, c.shortfalls(), names);
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
