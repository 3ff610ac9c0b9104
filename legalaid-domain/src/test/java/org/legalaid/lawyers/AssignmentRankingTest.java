package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Assignment ranking: exclusions and fair order, each with its reason (LAL art. 26, 43; issue 4)")
class AssignmentRankingTest {

    private static final String SHINAN = "370202";
    private static final String LAOSHAN = "370212";
    private static final CaseNeeds CIVIL_IN_SHINAN = new CaseNeeds(SHINAN, Specialty.CIVIL, null, false, false, Set.of());

    /** An active civil and criminal lawyer in Shinan, 5 criminal years, juvenile experience, room for work. */
    static Builder lawyer(long id) {
        return new Builder(id);
    }

    private static final class Builder {
        long id;
        long firm = 100;
        LawyerStatus status = LawyerStatus.ACTIVE;
        Set<String> regions = Set.of(SHINAN);
        Set<Specialty> specialties = Set.of(Specialty.CIVIL, Specialty.CRIMINAL);
        Set<String> languages = Set.of(LanguageCodes.MANDARIN);
        int criminalYears = 5;
        boolean juvenile = true;
        int open = 1;
        int max = 5;
        String fulfilment = "0.5000";
        Set<String> acted = Set.of();
        Set<String> firmActed = Set.of();
        Set<String> related = Set.of();

        Builder(long id) {
            this.id = id;
        }

        Candidate build() {
            return new Candidate(id, firm, status, regions, specialties, languages, criminalYears, juvenile, open, max,
                    new BigDecimal(fulfilment), acted, firmActed, related);
        }
    }

    private static List<String> exclusionKeys(CaseNeeds needs, Candidate c) {
        AssignmentRanking.Result r = AssignmentRanking.rank(needs, List.of(c));
        assertTrue(r.ranked().isEmpty(), "excluded");
        return r.excluded().get(0).reasons().stream().map(Reason::key).toList();
    }

    @Test
    @DisplayName("eligible when every rule is met, with the reasons for its rank")
    void rankedWithReasons() {
        AssignmentRanking.Result r = AssignmentRanking.rank(CIVIL_IN_SHINAN, List.of(lawyer(1).build()));
        assertEquals(1, r.ranked().size());
        AssignmentRanking.Ranked first = r.ranked().get(0);
        assertEquals(1, first.rank());
        assertEquals(List.of(AssignmentRanking.RANK_FULFILMENT, AssignmentRanking.RANK_OPEN_CASES),
                first.reasons().stream().map(Reason::key).toList());
        assertEquals(List.of(1, 5), first.reasons().get(1).args());
    }

    @Test
    @DisplayName("not active: a suspended, exited or merely admitted lawyer is never offered")
    void excludesALawyerWhoIsNotActive() {
        for (LawyerStatus s : List.of(LawyerStatus.SUSPENDED, LawyerStatus.EXITED, LawyerStatus.ADMITTED)) {
            Builder b = lawyer(1);
            b.status = s;
            assertEquals(List.of(AssignmentRanking.NOT_ACTIVE), exclusionKeys(CIVIL_IN_SHINAN, b.build()));
        }
    }

    @Test
    @DisplayName("region not served")
    void excludesARegionNotServed() {
        Builder b = lawyer(1);
        b.regions = Set.of(LAOSHAN);
        assertEquals(List.of(AssignmentRanking.REGION), exclusionKeys(CIVIL_IN_SHINAN, b.build()));
    }

    @Test
    @DisplayName("specialty does not fit the matter (2023 procedure rules art. 26)")
    void excludesASpecialtyThatDoesNotFit() {
        Builder b = lawyer(1);
        b.specialties = Set.of(Specialty.CRIMINAL);
        assertEquals(List.of(AssignmentRanking.SPECIALTY), exclusionKeys(CIVIL_IN_SHINAN, b.build()));
        CaseNeeds anyField = new CaseNeeds(SHINAN, null, null, false, false, Set.of());
        assertEquals(1, AssignmentRanking.rank(anyField, List.of(b.build())).ranked().size());
    }

    @Test
    @DisplayName("language missing: a deaf client needs a lawyer who signs")
    void excludesALawyerWithoutTheNeededLanguage() {
        CaseNeeds signing = new CaseNeeds(SHINAN, Specialty.CIVIL, LanguageCodes.CHINESE_SIGN_LANGUAGE, false, false, Set.of());
        assertEquals(List.of(AssignmentRanking.LANGUAGE), exclusionKeys(signing, lawyer(1).build()));
        Builder b = lawyer(2);
        b.languages = Set.of(LanguageCodes.MANDARIN, LanguageCodes.CHINESE_SIGN_LANGUAGE);
        assertEquals(1, AssignmentRanking.rank(signing, List.of(b.build())).ranked().size());
    }

    @Test
    @DisplayName("LAL art. 26: fewer than 3 years of criminal practice for a life-imprisonment or death case")
    void excludesFewerThanThreeYearsOfCriminalPracticeForLifeOrDeathCases() {
        CaseNeeds deathPenalty = new CaseNeeds(SHINAN, Specialty.CRIMINAL, null, true, false, Set.of());
        Builder twoYears = lawyer(1);
        twoYears.criminalYears = 2;
        assertEquals(List.of(AssignmentRanking.CRIMINAL_PRACTICE), exclusionKeys(deathPenalty, twoYears.build()));
        assertEquals(List.of(2, 3), AssignmentRanking.exclusions(deathPenalty, twoYears.build()).get(0).args());
        Builder threeYears = lawyer(2);
        threeYears.criminalYears = 3;
        assertEquals(1, AssignmentRanking.rank(deathPenalty, List.of(threeYears.build())).ranked().size());
    }

    @Test
    @DisplayName("LAL art. 26 / 2023 rules art. 26: no experience with minors' cases for a minor")
    void excludesNoJuvenileExperienceForMinors() {
        CaseNeeds minor = new CaseNeeds(SHINAN, Specialty.CRIMINAL, null, false, true, Set.of());
        Builder b = lawyer(1);
        b.juvenile = false;
        assertEquals(List.of(AssignmentRanking.JUVENILE), exclusionKeys(minor, b.build()));
    }

    @Test
    @DisplayName("conflict of interest: the lawyer acts or acted for the opposing party (律师法 art. 39)")
    void excludesALawyerWhoActedForTheOpposingParty() {
        CaseNeeds against = new CaseNeeds(SHINAN, Specialty.CIVIL, null, false, false, Set.of("party-9"));
        Builder b = lawyer(1);
        b.acted = Set.of("party-9");
        assertEquals(List.of(AssignmentRanking.CONFLICT_LAWYER), exclusionKeys(against, b.build()));
    }

    @Test
    @DisplayName("conflict of interest: the lawyer's firm acts or acted for the opposing party")
    void excludesALawyerWhoseFirmActedForTheOpposingParty() {
        CaseNeeds against = new CaseNeeds(SHINAN, Specialty.CIVIL, null, false, false, Set.of("party-9"));
        Builder b = lawyer(1);
        b.firmActed = Set.of("party-9");
        assertEquals(List.of(AssignmentRanking.CONFLICT_FIRM), exclusionKeys(against, b.build()));
    }

    @Test
    @DisplayName("conflict of interest: the lawyer is related to the opposing party")
    void excludesALawyerRelatedToTheOpposingParty() {
        CaseNeeds against = new CaseNeeds(SHINAN, Specialty.CIVIL, null, false, false, Set.of("party-9"));
        Builder b = lawyer(1);
        b.related = Set.of("party-9");
        assertEquals(List.of(AssignmentRanking.CONFLICT_RELATED), exclusionKeys(against, b.build()));
    }

    @Test
    @DisplayName("at capacity: open cases at the lawyer's maximum")
    void excludesALawyerAtCapacity() {
        Builder b = lawyer(1);
        b.open = 5;
        assertEquals(List.of(AssignmentRanking.CAPACITY), exclusionKeys(CIVIL_IN_SHINAN, b.build()));
    }

    @Test
    @DisplayName("every failed rule is reported, not only the first")
    void reportsEveryReasonForAnExclusion() {
        Builder b = lawyer(1);
        b.status = LawyerStatus.SUSPENDED;
        b.regions = Set.of(LAOSHAN);
        b.open = 9;
        assertEquals(List.of(AssignmentRanking.NOT_ACTIVE, AssignmentRanking.REGION, AssignmentRanking.CAPACITY),
                exclusionKeys(CIVIL_IN_SHINAN, b.build()));
    }

    @Test
    @DisplayName("fairness: the lowest quota fulfilment comes first, so work spreads over the year")
    void ranksLowestQuotaFulfilmentFirst() {
        Builder ahead = lawyer(1);
        ahead.fulfilment = "0.9000";
        ahead.open = 0;
        Builder behind = lawyer(2);
        behind.fulfilment = "0.2500";
        behind.open = 4;
        assertEquals(List.of(2L, 1L), order(CIVIL_IN_SHINAN, ahead.build(), behind.build()));
    }

    @Test
    @DisplayName("equal fulfilment: fewer open cases first")
    void thenFewerOpenCases() {
        Builder busy = lawyer(1);
        busy.open = 3;
        Builder free = lawyer(2);
        free.open = 0;
        assertEquals(List.of(2L, 1L), order(CIVIL_IN_SHINAN, busy.build(), free.build()));
    }

    @Test
    @DisplayName("equal fulfilment and workload: the specialty and language bonus decides")
    void thenTheSpecialtyAndLanguageBonus() {
        CaseNeeds minorsLabour = new CaseNeeds(SHINAN, Specialty.LABOUR, null, false, false, Set.of(),
                Set.of(Specialty.JUVENILE), Set.of(LanguageCodes.KOREAN));
        Builder plain = lawyer(1);
        plain.specialties = Set.of(Specialty.LABOUR);
        Builder fits = lawyer(2);
        fits.specialties = Set.of(Specialty.LABOUR, Specialty.JUVENILE);
        fits.languages = Set.of(LanguageCodes.MANDARIN, LanguageCodes.KOREAN);
        AssignmentRanking.Result r = AssignmentRanking.rank(minorsLabour, List.of(plain.build(), fits.build()));
        assertEquals(2L, r.ranked().get(0).candidate().lawyerId());
        assertEquals(2, r.ranked().get(0).bonus());
        assertEquals(AssignmentRanking.RANK_BONUS, r.ranked().get(0).reasons().get(2).key());
    }

    @Test
    @DisplayName("all else equal: the lower id first, so the same input always gives the same list")
    void finallyByIdForADeterministicOrder() {
        assertEquals(List.of(3L, 5L, 8L), order(CIVIL_IN_SHINAN, lawyer(8).build(), lawyer(3).build(), lawyer(5).build()));
    }

    private static List<Long> order(CaseNeeds needs, Candidate... candidates) {
        return AssignmentRanking.rank(needs, List.of(candidates)).ranked().stream()
                .map(r -> r.candidate().lawyerId()).toList();
    }

    @Test
    @DisplayName("10,000 generated candidates: every one is ranked or excluded, the ranked in order, the excluded with reasons")
    void ranksTenThousandCandidatesCorrectly() {
        Random random = new Random(42);
        String[] regions = {SHINAN, LAOSHAN, "370203", "370211"};
        LawyerStatus[] statuses = LawyerStatus.values();
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Builder b = lawyer(10_000 - i);
            b.firm = random.nextInt(1_000);
            b.status = random.nextInt(10) < 8 ? LawyerStatus.ACTIVE : statuses[random.nextInt(statuses.length)];
            b.regions = new HashSet<>(List.of(regions[random.nextInt(regions.length)], regions[random.nextInt(regions.length)]));
            b.specialties = random.nextInt(4) == 0 ? Set.of(Specialty.CIVIL) : Set.of(Specialty.CRIMINAL);
            b.criminalYears = random.nextInt(20);
            b.juvenile = random.nextBoolean();
            b.max = 3 + random.nextInt(8);
            b.open = random.nextInt(b.max + 1);
            b.fulfilment = BigDecimal.valueOf(random.nextInt(15_000), 4).toPlainString();
            b.firmActed = random.nextInt(100) == 0 ? Set.of("party-1") : Set.of();
            all.add(b.build());
        }
        CaseNeeds deathPenalty = new CaseNeeds(SHINAN, Specialty.CRIMINAL, null, true, false, Set.of("party-1"));

        long start = System.nanoTime();
        AssignmentRanking.Result r = AssignmentRanking.rank(deathPenalty, all);
        System.out.printf("ranked 10,000 candidates in %.1f ms (no timing assertion)%n", (System.nanoTime() - start) / 1e6);

        assertEquals(10_000, r.ranked().size() + r.excluded().size());
        assertTrue(r.ranked().size() > 100, "some are eligible: " + r.ranked().size());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < r.ranked().size(); i++) {
            AssignmentRanking.Ranked ranked = r.ranked().get(i);
            assertEquals(i + 1, ranked.rank());
            assertTrue(AssignmentRanking.exclusions(deathPenalty, ranked.candidate()).isEmpty());
            assertTrue(seen.add(ranked.candidate().lawyerId()));
            if (i > 0) {
                assertTrue(AssignmentRanking.ORDER.compare(r.ranked().get(i - 1), ranked) < 0, "in order at " + i);
            }
        }
        for (AssignmentRanking.Excluded e : r.excluded()) {
            assertTrue(!e.reasons().isEmpty());
            assertTrue(seen.add(e.candidate().lawyerId()));
        }
    }
}
