package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The sampler: stratified by unit and kind, reproducible from the seed and the candidate list, a findings stratum, too few reported (seed 004)")
class SamplerTest {

    private static final Set<FormKind> BOTH = Set.of(FormKind.CRIMINAL, FormKind.CIVIL_ADMINISTRATIVE);

    /** {@code n} cases per unit and kind, ids unit*10000 + kind*1000 + i; every fifth with findings. */
    static List<Candidate> population(int n, long... units) {
        List<Candidate> out = new ArrayList<>();
        for (long u : units) {
            for (FormKind k : FormKind.values()) {
                for (int i = 0; i < n; i++) {
                    out.add(new Candidate(u * 10_000 + k.ordinal() * 1000L + i, u, k, i % 5 == 0));
                }
            }
        }
        return out;
    }

    @Test
    void drawsElevenCivilAndElevenCriminalPerUnitAsSeed004() {
        Sampler.Draw d = Sampler.draw(42, List.of(1L, 2L), population(40, 1, 2), SampleRule.perStratum(11, 0, BOTH));
        assertEquals(44, d.cases().size());
        for (long u : List.of(1L, 2L)) {
            for (FormKind k : FormKind.values()) {
                assertEquals(11, d.cases().stream().filter(c -> c.unitId() == u && c.kind() == k).count());
            }
        }
        assertTrue(d.shortfalls().isEmpty());
        assertEquals(44, d.cases().stream().map(Sampler.Drawn::caseId).distinct().count(), "no case twice");
    }

    @Test
    void theSameSeedAndCandidatesGiveTheSameCasesWhateverTheOrder() {
        List<Candidate> list = population(100, 1, 2, 3);
        List<Candidate> shuffled = new ArrayList<>(list);
        Collections.shuffle(shuffled, new Random(7));
        SampleRule rule = SampleRule.perStratum(11, 30, BOTH);
        Sampler.Draw a = Sampler.draw(20260301L, List.of(1L, 2L, 3L), list, rule);
        Sampler.Draw b = Sampler.draw(20260301L, List.of(3L, 2L, 1L), shuffled, rule);
        assertEquals(a.cases(), b.cases());
        assertNotEquals(a.caseIds(), Sampler.draw(20260302L, List.of(1L, 2L, 3L), list, rule).caseIds(),
                "another seed draws other cases");
    }

    @Test
    void theDrawIsFixedAcrossRuntimesByJavaUtilRandomsSpecifiedGenerator() {
        // java.util.Random's generator is fixed by its specification: these ids stay the same on any JVM.
        List<Candidate> list = population(20, 1);
        Sampler.Draw d = Sampler.draw(1L, List.of(1L), list, SampleRule.perStratum(3, 0, Set.of(FormKind.CRIMINAL)));
        assertEquals(d.caseIds(), Sampler.draw(1L, List.of(1L), list, SampleRule.perStratum(3, 0, Set.of(FormKind.CRIMINAL))).caseIds());
        assertEquals(3, d.caseIds().size());
        assertTrue(d.caseIds().stream().allMatch(id -> id >= 10_000 && id < 10_020));
    }

    @Test
    void casesWithFindingsAreDrawnFirstInAStratumOfTheirOwn() {
        // 40 cases per stratum, 8 with findings (every fifth); half the sample of 10 comes from findings
        Sampler.Draw d = Sampler.draw(5, List.of(1L), population(40, 1), SampleRule.perStratum(10, 50, BOTH));
        for (FormKind k : FormKind.values()) {
            long findings = d.cases().stream().filter(c -> c.kind() == k && c.stratum() == Sampler.Stratum.FINDINGS).count();
            assertEquals(5, findings);
            assertEquals(5, d.cases().stream().filter(c -> c.kind() == k && c.stratum() == Sampler.Stratum.REGULAR).count());
            Sampler.StratumCount fc = d.strata().stream().filter(s -> s.kind() == k && s.stratum() == Sampler.Stratum.FINDINGS)
                    .findFirst().orElseThrow();
            assertEquals(8, fc.population());
            assertEquals(5, fc.drawn());
        }
        List<Candidate> all = population(40, 1);
        d.cases().stream().filter(c -> c.stratum() == Sampler.Stratum.FINDINGS).forEach(c ->
                assertTrue(all.stream().anyMatch(a -> a.caseId() == c.caseId() && a.findings())));
    }

    @Test
    void tooFewFindingsAreMadeUpFromTheRegularCases() {
        Sampler.Draw d = Sampler.draw(5, List.of(1L), population(10, 1), SampleRule.perStratum(8, 100, Set.of(FormKind.CRIMINAL)));
        assertEquals(2, d.cases().stream().filter(c -> c.stratum() == Sampler.Stratum.FINDINGS).count());
        assertEquals(6, d.cases().stream().filter(c -> c.stratum() == Sampler.Stratum.REGULAR).count());
    }

    @Test
    void aUnitWithTooFewCasesIsDrawnInFullAndReportedNotSkipped() {
        List<Candidate> list = new ArrayList<>(population(30, 1));
        list.addAll(population(4, 2));
        Sampler.Draw d = Sampler.draw(9, List.of(1L, 2L, 3L), list, SampleRule.perStratum(11, 0, BOTH));
        assertEquals(22 + 8, d.cases().size());
        assertTrue(d.shortfalls().contains(new Sampler.Shortfall(2, FormKind.CRIMINAL, 11, 4)));
        assertTrue(d.shortfalls().contains(new Sampler.Shortfall(2, FormKind.CIVIL_ADMINISTRATIVE, 11, 4)));
        assertTrue(d.shortfalls().contains(new Sampler.Shortfall(3, FormKind.CRIMINAL, 11, 0)), "a unit without cases is reported");
        assertEquals(4, d.shortfalls().size());
    }

    @Test
    void refusesASampleLargerThanThePopulation() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> Sampler.draw(1, List.of(1L), population(5, 1), SampleRule.perStratum(11, 0, BOTH)));
        assertEquals("quality.sample.largerThanPopulation", e.messageKey());
        assertEquals(22, e.arguments()[0]);
        assertEquals(10, e.arguments()[1]);
    }

    @Test
    void aPercentageIsRoundedUpPerStratum() {
        Sampler.Draw d = Sampler.draw(1, List.of(1L), population(101, 1), SampleRule.percent(new BigDecimal("5"), 0, BOTH));
        assertEquals(6 + 6, d.cases().size(), "5 % of 101 is 5.05, rounded up to 6");
    }

    @Test
    void casesOutsideTheScopeAndKindsAreIgnored() {
        Sampler.Draw d = Sampler.draw(1, List.of(1L), population(20, 1, 2),
                SampleRule.perStratum(5, 0, Set.of(FormKind.CIVIL_ADMINISTRATIVE)));
        assertTrue(d.cases().stream().allMatch(c -> c.unitId() == 1 && c.kind() == FormKind.CIVIL_ADMINISTRATIVE));
    }

    @Test
    void refusesARuleWithBothCountAndPercentOrNeither() {
        assertEquals("quality.sample.rule", assertThrows(BusinessException.class,
                () -> new SampleRule(3, BigDecimal.ONE, 0, BOTH)).messageKey());
        assertEquals("quality.sample.rule", assertThrows(BusinessException.class,
                () -> new SampleRule(null, null, 0, BOTH)).messageKey());
        assertEquals("quality.sample.rule", assertThrows(BusinessException.class,
                () -> SampleRule.percent(new BigDecimal("100.5"), 0, BOTH)).messageKey());
    }

    @Test
    void theStoredCandidateListRoundTrips() {
        Candidate c = new Candidate(123, 4, FormKind.CRIMINAL, true);
        assertEquals(c, Candidate.parse(c.line()));
    }
}
