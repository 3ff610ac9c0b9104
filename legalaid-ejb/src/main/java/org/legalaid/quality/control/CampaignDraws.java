package org.legalaid.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.quality.ArchivedCase;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CandidateList;
import org.legalaid.quality.CrossAvoidance;
import org.legalaid.quality.Evaluation;
import org.legalaid.quality.EvaluationForm;
import org.legalaid.quality.Evaluator;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.Round;
import org.legalaid.quality.SampledCase;
import org.legalaid.quality.Sampler;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.control.CurrentTime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A campaign's draw and assignment (seed 004 "盲抽"、"交叉回避"): the candidates of the window and units from
 * quality's read model, the stratified draw from the seed, the plan of the pool with avoidance — and, when
 * every case is placed, the campaign stored with its seed, candidate list, pool, sampled cases and initial
 * evaluations. The boundary checks who may draw and for which units; this does the work (also for the
 * demonstration data, which has no caller).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CampaignDraws {

    private static final Logger LOG = Logger.getLogger(CampaignDraws.class.getName());

    @Inject
    private QualityRepository repository;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /** A draw, its candidates, the drawn cases and the pool's plan. */
    public record Prepared(long seed, CandidateList candidates, Sampler.Draw draw, Map<Long, ArchivedCase> cases,
                           List<Evaluator> pool, CrossAvoidance.Plan plan) {
    }

    /** Draws and plans without storing anything; the pool is the active evaluators of {@code poolUnits}. */
    public Prepared prepare(Campaign.Settings s, long seed, Collection<Long> poolUnits) {
        return prepare(s, seed, poolUnits, new Phases());
    }

    private Prepared prepare(Campaign.Settings s, long seed, Collection<Long> poolUnits, Phases phases) {
        CandidateList candidates = repository.findCandidates(s.windowFrom(), s.windowTo(), s.unitIds());
        phases.done("candidates");
        Sampler.Draw draw = Sampler.draw(seed, s.unitIds(), candidates, s.rule());
        phases.done("draw");
        Map<Long, ArchivedCase> cases = repository.findArchivedCases(draw.caseIds()).stream()
                .collect(Collectors.toMap(ArchivedCase::getCaseId, Function.identity()));
        List<Evaluator> pool = repository.findEvaluators(poolUnits);
        Map<Long, Integer> loads = repository.openLoads();
        phases.done("drawn cases and pool");
        CrossAvoidance.Plan plan = CrossAvoidance.plan(draw.caseIds().stream().map(id -> cases.get(id).profile(Set.of())).toList(),
                pool.stream().map(e -> e.profile(loads.getOrDefault(e.getId(), 0))).toList());
        phases.done("avoidance");
        return new Prepared(seed, candidates, draw, cases, pool, plan);
    }

    /** The time each phase of a draw took, logged once per stored draw (the benchmark's split, README). */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long mark = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - mark) / 1_000_000).append(" ms");
            mark = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * Draws, assigns and stores the campaign (see the class).
     *
     * @throws BusinessException {@code quality.form.none} (kind); {@code quality.assignment.unplaceable} (count,
     *                           case numbers) — nothing is stored; those of {@link Sampler#draw}
     */
    public Campaign draw(Campaign.Settings s, long seed, long ownerUnitId, Collection<Long> poolUnits, String by) {
        Map<FormKind, EvaluationForm> forms = new EnumMap<>(FormKind.class);
        for (FormKind k : s.rule().kinds()) {
            forms.put(k, repository.findCurrentForm(k).orElseThrow(() -> new BusinessException("quality.form.none", k.labelKey())));
        }
        Phases phases = new Phases();
        Prepared p = prepare(s, seed, poolUnits, phases);
        if (!p.plan().isComplete()) {
            String numbers = p.plan().unplaced().stream().limit(10).map(u -> p.cases().get(u.caseId()).getCaseNumber())
                    .collect(Collectors.joining("、"));
            throw new BusinessException("quality.assignment.unplaceable", p.plan().unplaced().size(), numbers);
        }
        Campaign c = new Campaign(s, ownerUnitId, seed, p.candidates(), p.draw(),
                p.pool().stream().map(Evaluator::getId).toList(), by, time.now());
        phases.done("candidate list (gzip, SHA-256)");
        repository.addCampaign(c);
        phases.done("campaign stored");
        Map<Long, Evaluator> byId = p.pool().stream().collect(Collectors.toMap(Evaluator::getId, Function.identity()));
        Map<Long, CrossAvoidance.Placement> placements = p.plan().placements().stream()
                .collect(Collectors.toMap(CrossAvoidance.Placement::caseId, Function.identity()));
        List<SampledCase> samples = new ArrayList<>();
        for (Sampler.Drawn d : p.draw().cases()) {
            SampledCase sc = new SampledCase(c.getId(), d, p.cases().get(d.caseId()).getLawyerId());
            repository.addSample(sc);
            samples.add(sc);
        }
        repository.flush();
        for (SampledCase sc : samples) {
            CrossAvoidance.Placement pl = placements.get(sc.getCaseId());
            repository.addEvaluation(new Evaluation(sc, Round.INITIAL, byId.get(pl.evaluatorId()), forms.get(sc.getKind()), pl));
        }
        repository.flush();
        phases.done("sample and evaluations stored");
        audit.fire(AuditEvent.of(AuditAction.CREATE, "QualityCampaign", c.getId(), "campaign " + c.getName() + ": seed " + seed
                + ", " + p.candidates().size() + " candidates (sha-256 " + c.getCandidatesSha256() + "), "
                + p.draw().cases().size() + " drawn, " + p.draw().shortfalls().size() + " shortfalls, pool of "
                + byId.size() + " evaluators"));
        LOG.info(() -> "quality draw of campaign " + c.getId() + " (" + p.candidates().size() + " candidates): " + phases);
        return c;
    }
}
