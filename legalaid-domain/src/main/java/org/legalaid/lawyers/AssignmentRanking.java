package org.legalaid.lawyers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks the lawyers who may take a granted case and says why each one ranks where it does or
 * was left out (issue 4, "Assignment"; docs/domain.md "Case lifecycle" 7). A pure function over
 * plain records: the service gathers the {@link Candidate}s, this class decides.
 *
 * <p>Exclusions — every rule a candidate fails is reported, not only the first:
 * <table>
 *   <caption>exclusion rules</caption>
 *   <tr><td>{@value #NOT_ACTIVE} (status)</td><td>only an active lawyer gets new work (issue 4,
 *       status lifecycle; LAL art. 60, 62, 63 lead to suspension or exit)</td></tr>
 *   <tr><td>{@value #REGION} (region)</td><td>the lawyer does not serve the case's district</td></tr>
 *   <tr><td>{@value #SPECIALTY} (specialty)</td><td>specialty does not fit the matter (2023
 *       procedure rules art. 26: assignment by specialty and experience)</td></tr>
 *   <tr><td>{@value #LANGUAGE} (language)</td><td>the client needs a language (sign language,
 *       a minority language) the lawyer does not speak</td></tr>
 *   <tr><td>{@value #CRIMINAL_PRACTICE} (years, 3)</td><td>life imprisonment or death: fewer
 *       than 3 years of criminal practice (LAL art. 26)</td></tr>
 *   <tr><td>{@value #JUVENILE} </td><td>a minor's case: no experience with minors' cases (LAL
 *       art. 26; 2023 procedure rules art. 26)</td></tr>
 *   <tr><td>{@value #CONFLICT_LAWYER}, {@value #CONFLICT_FIRM}, {@value #CONFLICT_RELATED}
 *       (party)</td><td>conflict of interest: the lawyer or the firm acts or acted for an
 *       opposing party, or the lawyer is related to one (Lawyers Law 律师法 art. 39)</td></tr>
 *   <tr><td>{@value #CAPACITY} (open, max)</td><td>open cases at the lawyer's maximum</td></tr>
 * </table>
 *
 * <p>Order among the eligible: lowest quota fulfilment first, so work spreads across lawyers
 * and firms over the year (docs/domain.md "Lawyer pool": assignment spreads work fairly); then fewer
 * open cases; then the higher bonus (related specialties and preferred languages,
 * {@link CaseNeeds}); then the lower lawyer id, so the same input always gives the same list.
 * Each ranked candidate carries {@value #RANK_FULFILMENT} (ratio), {@value #RANK_OPEN_CASES}
 * (open, max) and, when it has one, {@value #RANK_BONUS} (points).
 *
 * <p>Cost: one pass over the candidates with hash-set look-ups, then a sort of the eligible —
 * O(n log n); 10,000 candidates take a few milliseconds.
 */
public final class AssignmentRanking {

    public static final String NOT_ACTIVE = "lawyers.exclude.notActive";
    public static final String REGION = "lawyers.exclude.region";
    public static final String SPECIALTY = "lawyers.exclude.specialty";
    public static final String LANGUAGE = "lawyers.exclude.language";
    public static final String CRIMINAL_PRACTICE = "lawyers.exclude.criminalPractice";
    public static final String JUVENILE = "lawyers.exclude.juvenileExperience";
    public static final String CONFLICT_LAWYER = "lawyers.exclude.conflictLawyer";
    public static final String CONFLICT_FIRM = "lawyers.exclude.conflictFirm";
    public static final String CONFLICT_RELATED = "lawyers.exclude.conflictRelated";
    public static final String CAPACITY = "lawyers.exclude.capacity";

    public static final String RANK_FULFILMENT = "lawyers.rank.fulfilment";
    public static final String RANK_OPEN_CASES = "lawyers.rank.openCases";
    public static final String RANK_BONUS = "lawyers.rank.bonus";

    /** Fairness first, then workload, then fit, then id. */
    static final Comparator<Ranked> ORDER = Comparator
            .comparing((Ranked r) -> r.candidate().quotaFulfilment())
            .thenComparingInt(r -> r.candidate().openCases())
            .thenComparing(Comparator.comparingInt(Ranked::bonus).reversed())
            .thenComparingLong(r -> r.candidate().lawyerId());

    private AssignmentRanking() {
    }

    /** A candidate who may take the case, at {@code rank} (1 = first offered). */
    public record Ranked(int rank, Candidate candidate, int bonus, List<Reason> reasons) {
        public Ranked {
            Objects.requireNonNull(candidate, "candidate");
            reasons = List.copyOf(reasons);
        }
    }

    /** A candidate left out, with every rule it fails. */
    public record Excluded(Candidate candidate, List<Reason> reasons) {
        public Excluded {
            Objects.requireNonNull(candidate, "candidate");
            reasons = List.copyOf(reasons);
        }
    }

    /** The outcome: eligible candidates best first, and the excluded in input order. */
    public record Result(List<Ranked> ranked, List<Excluded> excluded) {
        public Result {
            ranked = List.copyOf(ranked);
            excluded = List.copyOf(excluded);
        }
    }

    public static Result rank(CaseNeeds needs, Collection<Candidate> candidates) {
        Objects.requireNonNull(needs, "needs");
        List<Ranked> eligible = new ArrayList<>(candidates.size());
        List<Excluded> excluded = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Reason> out = exclusions(needs, c);
            if (out.isEmpty()) {
                eligible.add(new Ranked(0, c, bonus(needs, c), List.of()));
            } else {
                excluded.add(new Excluded(c, out));
            }
        }
        eligible.sort(ORDER);
        List<Ranked> ranked = new ArrayList<>(eligible.size());
        for (int i = 0; i < eligible.size(); i++) {
            Ranked r = eligible.get(i);
            Candidate c = r.candidate();
            List<Reason> why = new ArrayList<>(3);
            why.add(Reason.of(RANK_FULFILMENT, c.quotaFulfilment()));
            why.add(Reason.of(RANK_OPEN_CASES, c.openCases(), c.maxOpenCases()));
            if (r.bonus() > 0) {
                why.add(Reason.of(RANK_BONUS, r.bonus()));
            }
            ranked.add(new Ranked(i + 1, c, r.bonus(), why));
        }
        return new Result(ranked, excluded);
    }

    /** Every rule {@code c} fails for {@code needs}; empty when it may take the case. */
    public static List<Reason> exclusions(CaseNeeds needs, Candidate c) {
        List<Reason> out = new ArrayList<>(0);
        if (!c.status().isAssignable()) {
            out.add(Reason.of(NOT_ACTIVE, c.status()));
        }
        if (!c.regionsServed().contains(needs.region())) {
            out.add(Reason.of(REGION, needs.region()));
        }
        if (needs.specialty() != null && !c.specialties().contains(needs.specialty())) {
            out.add(Reason.of(SPECIALTY, needs.specialty()));
        }
        if (needs.language() != null && !c.languages().contains(needs.language())) {
            out.add(Reason.of(LANGUAGE, needs.language()));
        }
        if (needs.seniorCriminalRequired() && c.criminalPracticeYears() < PracticeYears.SENIOR_CRIMINAL_YEARS) {
            out.add(Reason.of(CRIMINAL_PRACTICE, c.criminalPracticeYears(), PracticeYears.SENIOR_CRIMINAL_YEARS));
        }
        if (needs.juvenileExperienceRequired() && !c.juvenileExperience()) {
            out.add(Reason.of(JUVENILE));
        }
        for (String party : needs.opposingParties()) {
            if (c.partiesActedFor().contains(party)) {
                out.add(Reason.of(CONFLICT_LAWYER, party));
            }
            if (c.firmPartiesActedFor().contains(party)) {
                out.add(Reason.of(CONFLICT_FIRM, party));
            }
            if (c.relatedPersons().contains(party)) {
                out.add(Reason.of(CONFLICT_RELATED, party));
            }
        }
        if (c.openCases() >= c.maxOpenCases()) {
            out.add(Reason.of(CAPACITY, c.openCases(), c.maxOpenCases()));
        }
        return out;
    }

    /** One point per related specialty the lawyer has and per preferred language spoken. */
    static int bonus(CaseNeeds needs, Candidate c) {
        int points = 0;
        for (Specialty s : needs.relatedSpecialties()) {
            if (c.specialties().contains(s)) {
                points++;
            }
        }
        for (String language : needs.preferredLanguages()) {
            if (c.languages().contains(language)) {
                points++;
            }
        }
        return points;
    }
}
