package org.legalaid.quality;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Assigns sampled cases to evaluators with cross-avoidance (交叉回避, seed 004): no evaluator gets a case
 * of their own unit or firm, one they handled, supervised or reviewed, one whose lawyer they declared a
 * conflict with, or — for a re-evaluation — one they evaluated already ({@link Conflict}).
 *
 * <p>Work spreads evenly: the cases with the fewest possible evaluators are placed first, each to the
 * possible evaluator with the least work (existing work counted), ties to the lower id — so the
 * result is the same every time. Each placement says why (how many evaluators could take it, the load
 * of the one chosen); a case nobody may take is reported with how many evaluators each conflict rules
 * out, and nothing is guessed.
 */
public final class CrossAvoidance {

    private CrossAvoidance() {
    }

    /** An evaluator of the pool as avoidance sees them; {@code load} is the work they hold already. */
    public record EvaluatorProfile(long id, String userName, long unitId, String firmName, Long lawyerId,
                                   Set<Long> declaredLawyerIds, int load) implements Serializable {
        public EvaluatorProfile {
            Objects.requireNonNull(userName, "userName");
            declaredLawyerIds = declaredLawyerIds == null ? Set.of() : Set.copyOf(declaredLawyerIds);
        }
    }

    /**
     * A case to place: its unit, its lawyer and firm, the staff who supervised, reviewed or archived it, and
     * the evaluators it must not go to ({@code excluded}, e.g. the initial evaluator of a re-evaluation).
     */
    public record CaseProfile(long caseId, long unitId, String firmName, Long lawyerId, Set<String> involvedUsers,
                              Set<Long> excluded) implements Serializable {
        public CaseProfile {
            involvedUsers = involvedUsers == null ? Set.of() : Set.copyOf(involvedUsers);
            excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
        }
    }

    /** A case placed with an evaluator; {@code eligible} evaluators could have taken it, the one chosen held {@code loadBefore}. */
    public record Placement(long caseId, long evaluatorId, int eligible, int loadBefore) implements Serializable {
    }

    /** A case no evaluator may take, with how many evaluators each conflict rules out. */
    public record Unplaced(long caseId, Map<Conflict, Integer> ruledOut) implements Serializable {
    }

    /** The assignment: every case is either placed or unplaced. */
    public record Plan(List<Placement> placements, List<Unplaced> unplaced) implements Serializable {
        public boolean isComplete() {
            return unplaced.isEmpty();
        }
    }

    /** Every conflict between the evaluator and the case (empty: the evaluator may take it). */
    public static Set<Conflict> conflicts(EvaluatorProfile e, CaseProfile c) {
        return conflicts(e, c, normalise(e.firmName()), normalise(c.firmName()));
    }

    /** {@link #conflicts(EvaluatorProfile, CaseProfile)} with both firm names normalised already. */
    private static Set<Conflict> conflicts(EvaluatorProfile e, CaseProfile c, String evaluatorFirm, String caseFirm) {
        EnumSet<Conflict> out = EnumSet.noneOf(Conflict.class);
        if (e.unitId() == c.unitId()) {
            out.add(Conflict.OWN_UNIT);
        }
        if (evaluatorFirm != null && evaluatorFirm.equals(caseFirm)) {
            out.add(Conflict.OWN_FIRM);
        }
        if (e.lawyerId() != null && e.lawyerId().equals(c.lawyerId())) {
            out.add(Conflict.HANDLED);
        }
        if (c.involvedUsers().contains(e.userName())) {
            out.add(Conflict.SUPERVISED_OR_REVIEWED);
        }
        if (c.lawyerId() != null && e.declaredLawyerIds().contains(c.lawyerId())) {
            out.add(Conflict.DECLARED);
        }
        if (c.excluded().contains(e.id())) {
            out.add(Conflict.EVALUATED_ALREADY);
        }
        return out;
    }

    /** Places the cases with the evaluators (see the class). */
    public static Plan plan(Collection<CaseProfile> cases, Collection<EvaluatorProfile> evaluators) {
        List<EvaluatorProfile> pool = new ArrayList<>(evaluators);
        pool.sort(Comparator.comparingLong(EvaluatorProfile::id));
        Map<Long, String> firms = new HashMap<>(); // each evaluator's firm, normalised once
        pool.forEach(e -> firms.put(e.id(), normalise(e.firmName())));
        Map<Long, List<EvaluatorProfile>> eligible = new HashMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        List<CaseProfile> toPlace = new ArrayList<>();
        for (CaseProfile c : cases) {
            List<EvaluatorProfile> ok = new ArrayList<>();
            Map<Conflict, Integer> ruledOut = new EnumMap<>(Conflict.class);
            String caseFirm = normalise(c.firmName());
            for (EvaluatorProfile e : pool) {
                Set<Conflict> found = conflicts(e, c, firms.get(e.id()), caseFirm);
                if (found.isEmpty()) {
                    ok.add(e);
                } else {
                    found.forEach(k -> ruledOut.merge(k, 1, Integer::sum));
                }
            }
            if (ok.isEmpty()) {
                unplaced.add(new Unplaced(c.caseId(), Map.copyOf(ruledOut)));
            } else {
                eligible.put(c.caseId(), ok);
                toPlace.add(c);
            }
        }
        toPlace.sort(Comparator.<CaseProfile>comparingInt(c -> eligible.get(c.caseId()).size())
                .thenComparingLong(CaseProfile::caseId));
        Map<Long, Integer> load = new HashMap<>();
        pool.forEach(e -> load.put(e.id(), e.load()));
        List<Placement> placements = new ArrayList<>();
        for (CaseProfile c : toPlace) {
            List<EvaluatorProfile> ok = eligible.get(c.caseId());
            EvaluatorProfile best = ok.get(0);
            for (EvaluatorProfile e : ok) {
                if (load.get(e.id()) < load.get(best.id())) {
                    best = e;
                }
            }
            int before = load.get(best.id());
            load.put(best.id(), before + 1);
            placements.add(new Placement(c.caseId(), best.id(), ok.size(), before));
        }
        placements.sort(Comparator.comparingLong(Placement::caseId));
        unplaced.sort(Comparator.comparingLong(Unplaced::caseId));
        return new Plan(List.copyOf(placements), List.copyOf(unplaced));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The firm's name without spaces and with ASCII brackets; null stays null. */
    private static String normalise(String firm) {
        return firm == null ? null : SPACES.matcher(firm).replaceAll("").replace('（', '(').replace('）', ')');
    }
}
