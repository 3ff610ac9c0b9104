package org.legalaid.quality;

import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The campaign's draw (seed 004 "本次案件抽查采取盲抽方式，随机对……已办结的法律援助案件进行抽查"): blind, stratified
 * by unit and form kind, and reproducible.
 *
 * <p><b>Reproducible.</b> The draw depends only on the stored seed and the stored candidate list: the
 * candidates are put in case-id order whatever order they came in, and each sub-stratum (unit, kind,
 * with or without findings) draws from its own {@link java.util.Random} seeded from the campaign's seed
 * and the sub-stratum's key. {@code java.util.Random}'s generator is fixed by its specification (a
 * 48-bit linear congruential generator), so any Java runtime gives the same cases — re-running the
 * draw is how anyone checks it.
 *
 * <p><b>Findings stratum.</b> Cases the automatic check found something in are drawn first, up to the
 * rule's findings share; each drawn case records its sub-stratum and the draw reports each
 * sub-stratum's population, so anyone reading the results knows how much the sample leans on them.
 *
 * <p><b>Too few.</b> A unit (and kind) with fewer cases than the target is drawn in full and reported
 * as a {@link Shortfall}, never skipped silently; a rule asking for more cases than the whole population
 * holds is refused.
 */
public final class Sampler {

    private Sampler() {
    }

    /** Which part of a stratum a case was drawn from. */
    public enum Stratum {
        /** Cases the automatic check found nothing in. */
        REGULAR,
        /** Cases with findings of the automatic check (drawn first, up to the findings share). */
        FINDINGS;

        public String labelKey() {
            return "quality.stratum." + name();
        }
    }

    /** A drawn case. */
    public record Drawn(long caseId, long unitId, FormKind kind, Stratum stratum) implements Serializable {
    }

    /** A unit and kind with fewer cases than the rule asks for: all of them are drawn. */
    public record Shortfall(long unitId, FormKind kind, int wanted, int available) implements Serializable {
    }

    /** The population and the sample of one sub-stratum. */
    public record StratumCount(long unitId, FormKind kind, Stratum stratum, int population, int drawn)
            implements Serializable {
    }

    /** The draw: the cases in case-id order, the shortfalls and the count of every sub-stratum. */
    public record Draw(List<Drawn> cases, List<Shortfall> shortfalls, List<StratumCount> strata)
            implements Serializable {

        public List<Long> caseIds() {
            return cases.stream().map(Drawn::caseId).toList();
        }
    }

    /**
     * Draws the sample.
     *
     * @param units      the units in scope (a unit without any candidate is reported as a shortfall)
     * @param candidates the candidate list (cases of units not in scope, and of kinds the rule does not
     *                   draw, are ignored); any order
     * @throws BusinessException {@code quality.sample.largerThanPopulation} (wanted, available) when the
     *                           rule asks for more cases than the scope holds in all; {@code
     *                           quality.sample.noUnits}
     */
    public static Draw draw(long seed, Collection<Long> units, Collection<Candidate> candidates, SampleRule rule) {
        return draw(seed, units, CandidateList.of(candidates), rule);
    }

    /** Draws the sample from a candidate list (see {@link #draw(long, Collection, Collection, SampleRule)}). */
    public static Draw draw(long seed, Collection<Long> units, CandidateList candidates, SampleRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (units.isEmpty()) {
            throw new BusinessException("quality.sample.noUnits");
        }
        Set<Long> scope = new TreeSet<>(units);
        // each (unit, kind) of the scope: its cases with and without findings, in case-id order
        Map<Long, Integer> unitIndex = new HashMap<>();
        for (long u : scope) {
            unitIndex.put(u, unitIndex.size());
        }
        int kinds = FormKind.values().length;
        Ids[] withFindings = new Ids[scope.size() * kinds];
        Ids[] regular = new Ids[scope.size() * kinds];
        for (int i = 0; i < withFindings.length; i++) {
            withFindings[i] = new Ids();
            regular[i] = new Ids();
        }
        int population = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Integer u = unitIndex.get(candidates.unitId(i));
            FormKind kind = candidates.kind(i);
            if (u != null && rule.kinds().contains(kind)) {
                int slot = u * kinds + kind.ordinal();
                (candidates.findings(i) ? withFindings[slot] : regular[slot]).add(candidates.caseId(i));
                population++;
            }
        }
        int wantedTotal = 0;
        for (long unit : scope) {
            for (FormKind kind : new TreeSet<>(rule.kinds())) {
                int slot = unitIndex.get(unit) * kinds + kind.ordinal();
                wantedTotal += rule.target(withFindings[slot].size + regular[slot].size);
            }
        }
        if (wantedTotal > population) {
            throw new BusinessException("quality.sample.largerThanPopulation", wantedTotal, population);
        }
        List<Drawn> drawn = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        List<StratumCount> counts = new ArrayList<>();
        for (long unit : scope) {
            for (FormKind kind : new TreeSet<>(rule.kinds())) {
                int slot = unitIndex.get(unit) * kinds + kind.ordinal();
                Ids f = withFindings[slot];
                Ids r = regular[slot];
                int all = f.size + r.size;
                int wanted = rule.target(all);
                if (all < wanted) {
                    shortfalls.add(new Shortfall(unit, kind, wanted, all));
                }
                int n = Math.min(wanted, all);
                int fromFindings = Math.min(f.size, rule.findingsTarget(n));
                int fromRegular = Math.min(r.size, n - fromFindings);
                fromFindings = Math.min(f.size, n - fromRegular); // too few regular cases: more findings
                long[] fPicked = pick(f, fromFindings, random(seed, unit, kind, Stratum.FINDINGS));
                long[] rPicked = pick(r, fromRegular, random(seed, unit, kind, Stratum.REGULAR));
                for (long id : fPicked) {
                    drawn.add(new Drawn(id, unit, kind, Stratum.FINDINGS));
                }
                for (long id : rPicked) {
                    drawn.add(new Drawn(id, unit, kind, Stratum.REGULAR));
                }
                counts.add(new StratumCount(unit, kind, Stratum.FINDINGS, f.size, fPicked.length));
                counts.add(new StratumCount(unit, kind, Stratum.REGULAR, r.size, rPicked.length));
            }
        }
        drawn.sort(Comparator.comparingLong(Drawn::caseId));
        return new Draw(List.copyOf(drawn), List.copyOf(shortfalls), List.copyOf(counts));
    }

    /** {@code k} of {@code from} (in case-id order) by a partial Fisher–Yates shuffle. */
    private static long[] pick(Ids from, int k, Random random) {
        long[] pool = Arrays.copyOf(from.ids, from.size);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(pool.length - i);
            long t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return Arrays.copyOf(pool, k);
    }

    /** A growing list of case ids. */
    private static final class Ids {
        private long[] ids = new long[16];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    private static Random random(long seed, long unit, FormKind kind, Stratum stratum) {
        long mixed = seed;
        mixed = mixed * 1_000_003L + unit;
        mixed = mixed * 31 + kind.ordinal();
        mixed = mixed * 31 + stratum.ordinal();
        return new Random(mixed);
    }
}
