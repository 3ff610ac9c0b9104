package org.legalaid.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.quality.ArchivedCase;
import org.legalaid.quality.CrossAvoidance;
import org.legalaid.quality.Evaluation;
import org.legalaid.quality.EvaluationForm;
import org.legalaid.quality.Evaluator;
import org.legalaid.quality.Round;
import org.legalaid.quality.SampleState;
import org.legalaid.quality.SampledCase;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places the re-evaluation of every 优秀 and 不合格 (seed 004 "对初评为优秀及不合格的案件经复评") with a different
 * evaluator, with the same cross-avoidance as the draw. The pool is the campaign's pool as it stood at the
 * draw and any further evaluators the caller names; a re-evaluation nobody may take stays open and is
 * counted in the campaign's progress.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Reevaluations {

    @Inject
    private QualityRepository repository;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * Tries to place the sample's re-evaluation now.
     *
     * @return whether it was placed
     */
    public boolean place(SampledCase s, Collection<Evaluator> extraPool) {
        return placeAll(s.getCampaignId(), List.of(s), extraPool) == 0;
    }

    /** Places every re-evaluation of the campaign still without an evaluator; returns how many remain. */
    public int placeOpen(long campaignId, Collection<Evaluator> extraPool) {
        Set<Long> placed = repository.findEvaluations(campaignId).stream().filter(e -> e.getRound() == Round.REEVALUATION)
                .map(Evaluation::getSampleId).collect(Collectors.toSet());
        List<SampledCase> open = repository.findSamples(campaignId).stream()
                .filter(s -> s.getState() == SampleState.REEVALUATION && !placed.contains(s.getId())).toList();
        return placeAll(campaignId, open, extraPool);
    }

    private int placeAll(long campaignId, List<SampledCase> open, Collection<Evaluator> extraPool) {
        if (open.isEmpty()) {
            return 0;
        }
        List<Evaluation> evaluations = repository.findEvaluations(campaignId);
        Map<Long, Evaluator> pool = new LinkedHashMap<>();
        for (long id : repository.findCampaign(campaignId).orElseThrow().getPoolIds()) {
            repository.findEvaluator(id).filter(Evaluator::isActive).ifPresent(v -> pool.put(v.getId(), v));
        }
        extraPool.stream().filter(Evaluator::isActive).forEach(v -> pool.put(v.getId(), v));
        Map<Long, Integer> loads = repository.openLoads();
        List<CrossAvoidance.CaseProfile> cases = new ArrayList<>();
        Map<Long, SampledCase> byCase = new LinkedHashMap<>();
        for (SampledCase s : open) {
            Set<Long> evaluatedBy = new HashSet<>();
            evaluations.stream().filter(e -> e.getSampleId() == s.getId()).forEach(e -> evaluatedBy.add(e.getEvaluatorId()));
            ArchivedCase a = repository.findArchivedCase(s.getCaseId()).orElseThrow();
            cases.add(a.profile(evaluatedBy));
            byCase.put(s.getCaseId(), s);
        }
        CrossAvoidance.Plan plan = CrossAvoidance.plan(cases,
                pool.values().stream().map(e -> e.profile(loads.getOrDefault(e.getId(), 0))).toList());
        for (CrossAvoidance.Placement p : plan.placements()) {
            SampledCase s = byCase.get(p.caseId());
            Evaluation initial = evaluations.stream().filter(e -> e.getSampleId() == s.getId() && e.getRound() == Round.INITIAL)
                    .findFirst().orElseThrow();
            EvaluationForm form = repository.findForm(initial.getFormId()).orElseThrow();
            Evaluation re = new Evaluation(s, Round.REEVALUATION, pool.get(p.evaluatorId()), form, p);
            repository.addEvaluation(re);
            repository.flush();
            audit.fire(AuditEvent.of(AuditAction.CREATE, "QualityEvaluation", re.getId(), "re-evaluation of case " + s.getCaseId()
                    + " assigned to " + re.getEvaluatorUser() + " (" + p.eligible() + " eligible, load " + p.loadBefore() + ")"));
        }
        return plan.unplaced().size();
    }
}
