package org.legalaid.lawyers;

import org.legalaid.intake.StatutoryNeed;
import org.legalaid.intake.StatutoryNeeds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The needs an assignment applies: the case's statutory ones ({@link StatutoryNeeds}) with what
 * the officer adds (issue 21). The officer may add a need and choose the district or the language
 * where the case's data names none, but never remove or replace a statutory one: a statutory
 * district or language wins over the officer's, and a statutory 3-year or juvenile requirement
 * stays whatever the officer sent.
 *
 * <p>An exclusion for failing a statutory need says its basis: {@link #withBasis} turns the
 * ranking's reason into {@code <key>.statutory} with the basis key as the last argument.
 */
public final class RequiredNeeds {

    /** Suffix of the reason key of an exclusion for a statutory need. */
    public static final String STATUTORY = ".statutory";

    private static final Map<String, StatutoryNeed.Kind> KIND_OF_RULE = Map.of(
            AssignmentRanking.REGION, StatutoryNeed.Kind.DISTRICT,
            AssignmentRanking.LANGUAGE, StatutoryNeed.Kind.LANGUAGE,
            AssignmentRanking.CRIMINAL_PRACTICE, StatutoryNeed.Kind.SENIOR_CRIMINAL,
            AssignmentRanking.JUVENILE, StatutoryNeed.Kind.JUVENILE);

    /**
     * The needs applied.
     *
     * @param region   the district, or null when neither the case nor the officer names one
     * @param language the language the lawyer must speak, or null
     */
    public record Applied(String region, String language, boolean seniorCriminal, boolean juvenile) {
    }

    private RequiredNeeds() {
    }

    /**
     * @param statutory       the case's statutory needs
     * @param officerRegion   the district the officer chose, or null/blank
     * @param officerLanguage the language the officer asks for; null or blank for none
     * @param officerJuvenile whether the officer asks for experience with minors (null: no)
     * @param officerSenior   whether the officer asks for 3+ years of criminal practice (null: no)
     */
    public static Applied merge(List<StatutoryNeed> statutory, String officerRegion, String officerLanguage,
                                Boolean officerJuvenile, Boolean officerSenior) {
        String region = StatutoryNeeds.find(statutory, StatutoryNeed.Kind.DISTRICT).map(StatutoryNeed::value)
                .orElse(blankToNull(officerRegion));
        String language = StatutoryNeeds.find(statutory, StatutoryNeed.Kind.LANGUAGE).map(StatutoryNeed::value)
                .orElse(blankToNull(officerLanguage));
        if (LanguageCodes.MANDARIN.equals(language)) {
            language = null;
        }
        boolean senior = StatutoryNeeds.find(statutory, StatutoryNeed.Kind.SENIOR_CRIMINAL).isPresent()
                || Boolean.TRUE.equals(officerSenior);
        boolean juvenile = StatutoryNeeds.find(statutory, StatutoryNeed.Kind.JUVENILE).isPresent()
                || Boolean.TRUE.equals(officerJuvenile);
        return new Applied(region, language, senior, juvenile);
    }

    /**
     * The statutory need a ranking rule enforces for this case, if the rule's failure is a
     * failure of one (e.g. {@link AssignmentRanking#CRIMINAL_PRACTICE} when the case carries
     * {@link StatutoryNeed.Kind#SENIOR_CRIMINAL}), and the district or language is the statutory one.
     */
    public static Optional<StatutoryNeed> statutoryFor(Reason reason, List<StatutoryNeed> statutory, CaseNeeds applied) {
        StatutoryNeed.Kind kind = KIND_OF_RULE.get(reason.key());
        if (kind == null) {
            return Optional.empty();
        }
        return StatutoryNeeds.find(statutory, kind).filter(n -> switch (kind) {
            case DISTRICT -> n.value().equals(applied.region());
            case LANGUAGE -> n.value().equals(applied.language());
            default -> true;
        });
    }

    /** {@code reason} as the failure of a statutory need: key {@code <key>.statutory}, the basis key appended. */
    public static Reason withBasis(Reason reason, List<StatutoryNeed> statutory, CaseNeeds applied) {
        return statutoryFor(reason, statutory, applied).map(n -> {
            Object[] args = new Object[reason.args().size() + 1];
            reason.args().toArray(args);
            args[args.length - 1] = n.basisKey();
            return Reason.of(reason.key() + STATUTORY, args);
        }).orElse(reason);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
