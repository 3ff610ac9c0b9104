package org.legalaid.quality;

import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
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
        Objects.requireNonNull(rule, "rule");
        if (units.isEmpty()) {
            throw new BusinessException("quality.sample.noUnits");
        }
        Set<Long> scope = new TreeSet<>(units);
        Map<String, List<Candidate>> byStratum = new TreeMap<>();
        int population = 0;
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingLong(Candidate::caseId));
        for (Candidate c : sorted) {
            if (scope.contains(c.unitId()) && rule.kinds().contains(c.kind())) {
                byStratum.computeIfAbsent(key(c.unitId(), c.kind()), k -> new ArrayList<>()).add(c);
                population++;
            }
        }
        int wantedTotal = 0;
        for (long unit : scope) {
            for (FormKind kind : new TreeSet<>(rule.kinds())) {
                wantedTotal += rule.target(byStratum.getOrDefault(key(unit, kind), List.of()).size());
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
                List<Candidate> all = byStratum.getOrDefault(key(unit, kind), List.of());
                List<Candidate> withFindings = all.stream().filter(Candidate::findings).toList();
                List<Candidate> regular = all.stream().filter(c -> !c.findings()).toList();
                int wanted = rule.target(all.size());
                if (all.size() < wanted) {
                    shortfalls.add(new Shortfall(unit, kind, wanted, all.size()));
                }
                int n = Math.min(wanted, all.size());
                int fromFindings = Math.min(withFindings.size(), rule.findingsTarget(n));
                int fromRegular = Math.min(regular.size(), n - fromFindings);
                fromFindings = Math.min(withFindings.size(), n - fromRegular); // too few regular cases: more findings
                List<Candidate> f = pick(withFindings, fromFindings, random(seed, unit, kind, Stratum.FINDINGS));
                List<Candidate> r = pick(regular, fromRegular, random(seed, unit, kind, Stratum.REGULAR));
                f.forEach(c -> drawn.add(new Drawn(c.caseId(), unit, kind, Stratum.FINDINGS)));
                r.forEach(c -> drawn.add(new Drawn(c.caseId(), unit, kind, Stratum.REGULAR)));
                counts.add(new StratumCount(unit, kind, Stratum.FINDINGS, withFindings.size(), f.size()));
                counts.add(new StratumCount(unit, kind, Stratum.REGULAR, regular.size(), r.size()));
            }
        }
        drawn.sort(Comparator.comparingLong(Drawn::caseId));
        return new Draw(List.copyOf(drawn), List.copyOf(shortfalls), List.copyOf(counts));
    }

    /** {@code k} of {@code from} (in case-id order) by a partial Fisher–Yates shuffle. */
    private static List<Candidate> pick(List<Candidate> from, int k, Random random) {
        List<Candidate> pool = new ArrayList<>(from);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Candidate t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        return pool.subList(0, k);
    }

    private static Random random(long seed, long unit, FormKind kind, Stratum stratum) {
        long mixed = seed;
        mixed = mixed * 1_000_003L + unit;
        mixed = mixed * 31 + kind.ordinal();
        mixed = mixed * 31 + stratum.ordinal();
        return new Random(mixed);
    }

    private static String key(long unit, FormKind kind) {
        return String.format("%019d/%s", unit, kind.name());
    }
}
