package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Cross-avoidance 交叉回避 (seed 004): own unit, own firm, handled, supervised or reviewed, declared, evaluated already; even spread; reasons; unplaceable reported")
class CrossAvoidanceTest {

    private static CrossAvoidance.EvaluatorProfile evaluator(long id, long unit) {
        return new CrossAvoidance.EvaluatorProfile(id, "eval" + id, unit, null, null, Set.of(), 0);
    }

    private static CrossAvoidance.CaseProfile aCase(long id, long unit) {
        return new CrossAvoidance.CaseProfile(id, unit, "甲律师事务所", 500L, Set.of("supervisor1", "reviewer1"), Set.of());
    }

    @Test
    void neverACaseOfTheEvaluatorsOwnUnit() {
        assertEquals(Set.of(Conflict.OWN_UNIT), CrossAvoidance.conflicts(evaluator(1, 7), aCase(10, 7)));
        assertTrue(CrossAvoidance.conflicts(evaluator(1, 8), aCase(10, 7)).isEmpty());
    }

    @Test
    void neverACaseOfTheEvaluatorsOwnFirmEvenWrittenWithOtherBracketsOrSpaces() {
        var e = new CrossAvoidance.EvaluatorProfile(1, "eval1", 8, "甲律师事务所 ", null, Set.of(), 0);
        assertEquals(Set.of(Conflict.OWN_FIRM), CrossAvoidance.conflicts(e, aCase(10, 7)));
    }

    @Test
    void neverACaseTheEvaluatorHandledAsItsLawyer() {
        var e = new CrossAvoidance.EvaluatorProfile(1, "eval1", 8, "乙律师事务所", 500L, Set.of(), 0);
        assertEquals(Set.of(Conflict.HANDLED), CrossAvoidance.conflicts(e, aCase(10, 7)));
    }

    @Test
    void neverACaseTheEvaluatorSupervisedOrReviewed() {
        var e = new CrossAvoidance.EvaluatorProfile(1, "reviewer1", 8, null, null, Set.of(), 0);
        assertEquals(Set.of(Conflict.SUPERVISED_OR_REVIEWED), CrossAvoidance.conflicts(e, aCase(10, 7)));
    }

    @Test
    void neverACaseOfALawyerTheEvaluatorDeclaredAConflictWith() {
        var e = new CrossAvoidance.EvaluatorProfile(1, "eval1", 8, null, null, Set.of(500L), 0);
        assertEquals(Set.of(Conflict.DECLARED), CrossAvoidance.conflicts(e, aCase(10, 7)));
    }

    @Test
    void aReevaluationGoesToADifferentEvaluator() {
        var c = new CrossAvoidance.CaseProfile(10, 7, null, null, Set.of(), Set.of(1L));
        CrossAvoidance.Plan p = CrossAvoidance.plan(List.of(c), List.of(evaluator(1, 8), evaluator(2, 9)));
        assertEquals(2, p.placements().get(0).evaluatorId());
        assertEquals(Set.of(Conflict.EVALUATED_ALREADY), CrossAvoidance.conflicts(evaluator(1, 8), c));
    }

    @Test
    void spreadsTheWorkEvenlyAndSaysWhy() {
        List<CrossAvoidance.CaseProfile> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            cases.add(aCase(100 + i, i % 3 + 1)); // units 1, 2, 3
        }
        List<CrossAvoidance.EvaluatorProfile> pool = List.of(evaluator(1, 1), evaluator(2, 2), evaluator(3, 3),
                evaluator(4, 4), evaluator(5, 5));
        CrossAvoidance.Plan p = CrossAvoidance.plan(cases, pool);
        assertTrue(p.isComplete());
        Map<Long, Long> load = p.placements().stream().collect(Collectors.groupingBy(CrossAvoidance.Placement::evaluatorId,
                Collectors.counting()));
        assertEquals(6L, load.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertEquals(6L, load.values().stream().mapToLong(Long::longValue).min().orElseThrow());
        for (CrossAvoidance.Placement pl : p.placements()) {
            CrossAvoidance.CaseProfile c = cases.stream().filter(x -> x.caseId() == pl.caseId()).findFirst().orElseThrow();
            assertTrue(pl.evaluatorId() != c.unitId(), "never the own unit");
            assertEquals(4, pl.eligible(), "four of five evaluators could take each case");
        }
    }

    @Test
    void countsTheWorkTheEvaluatorsHoldAlready() {
        var busy = new CrossAvoidance.EvaluatorProfile(1, "eval1", 8, null, null, Set.of(), 5);
        CrossAvoidance.Plan p = CrossAvoidance.plan(List.of(aCase(10, 7), aCase(11, 7)), List.of(busy, evaluator(2, 9)));
        assertTrue(p.placements().stream().allMatch(x -> x.evaluatorId() == 2));
    }

    @Test
    void reportsTheCasesAPoolCannotPlaceWithTheConflictsThatRuleEveryoneOut() {
        CrossAvoidance.Plan p = CrossAvoidance.plan(List.of(aCase(10, 7), aCase(11, 8)),
                List.of(evaluator(1, 7), new CrossAvoidance.EvaluatorProfile(2, "supervisor1", 9, null, null, Set.of(), 0)));
        assertEquals(1, p.unplaced().size());
        assertEquals(10, p.unplaced().get(0).caseId());
        assertEquals(Map.of(Conflict.OWN_UNIT, 1, Conflict.SUPERVISED_OR_REVIEWED, 1), p.unplaced().get(0).ruledOut());
        assertEquals(11, p.placements().get(0).caseId());
        assertEquals(1, p.placements().get(0).evaluatorId());
    }

    @Test
    void placesTheMostConstrainedCasesFirstSoThatNoneIsLeftOver() {
        // case 10 may go only to evaluator 2; case 11 to either; placing 11 first to 2 would still leave 2 free
        // for 10 (loads count), but with 2 holding work already the constrained case must win
        var e1 = evaluator(1, 7);
        var e2 = new CrossAvoidance.EvaluatorProfile(2, "eval2", 9, null, null, Set.of(), 0);
        CrossAvoidance.Plan p = CrossAvoidance.plan(List.of(aCase(11, 8), aCase(10, 7)), List.of(e1, e2));
        assertTrue(p.isComplete());
        assertEquals(2, p.placements().stream().filter(x -> x.caseId() == 10).findFirst().orElseThrow().evaluatorId());
        assertEquals(1, p.placements().stream().filter(x -> x.caseId() == 11).findFirst().orElseThrow().evaluatorId());
    }
}
