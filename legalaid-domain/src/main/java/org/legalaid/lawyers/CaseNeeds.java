package org.legalaid.lawyers;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * What a granted case asks of its lawyer (docs/domain.md "Case lifecycle" 7).
 *
 * @param region                     the administrative division code of the district where the case is handled
 * @param specialty                  the field the matter belongs to; null when any lawyer fits
 * @param language                   a language the client needs ({@link LanguageCodes}, e.g. sign
 *                                   language); null when Mandarin will do
 * @param seniorCriminalRequired     a defendant facing life imprisonment or death: 3+ years of
 *                                   criminal practice (LAL art. 26)
 * @param juvenileExperienceRequired a minor's case: a lawyer who knows minors' cases (LAL art. 26;
 *                                   2023 procedure rules art. 26)
 * @param opposingParties            ids of the opposing parties and their related persons
 * @param relatedSpecialties         further fields that help (e.g. LABOUR for a minor's work
 *                                   injury); each one the lawyer has adds to the bonus
 * @param preferredLanguages         languages that help without being needed (e.g. a dialect);
 *                                   each one the lawyer speaks adds to the bonus
 */
public record CaseNeeds(String region, Specialty specialty, String language, boolean seniorCriminalRequired,
                        boolean juvenileExperienceRequired, Set<String> opposingParties,
                        Set<Specialty> relatedSpecialties, Set<String> preferredLanguages) implements Serializable {

    public CaseNeeds {
        Objects.requireNonNull(region, "region");
        opposingParties = Set.copyOf(opposingParties);
        relatedSpecialties = Set.copyOf(relatedSpecialties);
        preferredLanguages = Set.copyOf(preferredLanguages);
    }

    /** Needs without bonus preferences. */
    public CaseNeeds(String region, Specialty specialty, String language, boolean seniorCriminalRequired,
                     boolean juvenileExperienceRequired, Set<String> opposingParties) {
        this(region, specialty, language, seniorCriminalRequired, juvenileExperienceRequired, opposingParties,
                Set.of(), Set.of());
    }
}
