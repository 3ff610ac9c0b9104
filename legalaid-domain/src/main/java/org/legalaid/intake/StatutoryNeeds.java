package org.legalaid.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which requirements the law attaches to the lawyer of a case, read from the case's own data
 * (issue 21; docs/domain.md "Case lifecycle" 7). Pure rules; the assignment applies what they return
 * at ranking and again at assignment, and the officer can add to it but never take from it.
 *
 * <ul>
 *   <li>3+ years of criminal practice: a defendant who may be sentenced to life imprisonment or
 *       death, and any defendant in death-penalty review (LAL art. 26) — a notice's ground or
 *       stage, an application's own statement;</li>
 *   <li>experience with minors' cases: a defendant or applicant under 18 (Law on the Protection
 *       of Minors art. 104: a lawyer familiar with minors' physical and mental characteristics;
 *       for a notice also its ground, LAL art. 25 para. 1(1));</li>
 *   <li>the language the client needs: sign language for a deaf or mute defendant (LAL art. 25
 *       para. 1(2)), a minority language (Criminal Procedure Law art. 9: every citizen may use
 *       their own language in proceedings);</li>
 *   <li>the district the case belongs to: an application's region; for a notice the organ's
 *       district when it is named, else the district of the receiving centre. Where neither
 *       tells, the officer chooses.</li>
 * </ul>
 */
public final class StatutoryNeeds {

    public static final String BASIS_LIFE_OR_DEATH = "need.basis.lal26.lifeOrDeath";
    public static final String BASIS_DEATH_PENALTY_REVIEW = "need.basis.lal26.deathPenaltyReview";
    public static final String BASIS_MINOR = "need.basis.minor";
    public static final String BASIS_SIGN_LANGUAGE = "need.basis.lal25.signLanguage";
    public static final String BASIS_LANGUAGE = "need.basis.cpl9.language";
    public static final String BASIS_ORGAN_DISTRICT = "need.basis.district.organ";
    public static final String BASIS_CENTRE_DISTRICT = "need.basis.district.centre";
    public static final String BASIS_APPLICATION_DISTRICT = "need.basis.district.application";

    /** Chinese Sign Language (ISO 639-3), as the lawyers' registry codes it. */
    public static final String SIGN_LANGUAGE = "csl";
    /** Mandarin: no language requirement. */
    public static final String MANDARIN = "zh";

    private StatutoryNeeds() {
    }

    /**
     * The needs of a notified criminal case.
     *
     * @param stage          the proceeding stage
     * @param grounds        the grounds of the notice
     * @param birthDate      the defendant's birth date, or null
     * @param receivedOn     when the notice arrived (the defendant's age is taken on that day)
     * @param language       the language the defendant needs, or null
     * @param organRegion    the notifying organ's district, or null
     * @param centreRegion   the receiving centre's district, or null
     */
    public static List<StatutoryNeed> ofNotice(ProceedingStage stage, Set<MandatoryDefenceGround> grounds, LocalDate birthDate,
                                               LocalDate receivedOn, String language, String organRegion,
                                               String centreRegion) {
        List<StatutoryNeed> out = new ArrayList<>(4);
        district(organRegion, BASIS_ORGAN_DISTRICT).or(() -> district(centreRegion, BASIS_CENTRE_DISTRICT)).ifPresent(out::add);
        if (stage == ProceedingStage.DEATH_PENALTY_REVIEW || grounds.contains(MandatoryDefenceGround.DEATH_PENALTY_REVIEW)) {
            out.add(new StatutoryNeed(StatutoryNeed.Kind.SENIOR_CRIMINAL, null, BASIS_DEATH_PENALTY_REVIEW));
        } else if (grounds.contains(MandatoryDefenceGround.LIFE_OR_DEATH)) {
            out.add(new StatutoryNeed(StatutoryNeed.Kind.SENIOR_CRIMINAL, null, BASIS_LIFE_OR_DEATH));
        }
        if (grounds.contains(MandatoryDefenceGround.MINOR) || isMinor(birthDate, receivedOn)) {
            out.add(new StatutoryNeed(StatutoryNeed.Kind.JUVENILE, null, BASIS_MINOR));
        }
        language(language).ifPresent(out::add);
        return List.copyOf(out);
    }

    /**
     * The needs of an application granted (or started early).
     *
     * @param minor       the applicant is under 18 today
     * @param lifeOrDeath the applicant, in a criminal matter, may be sentenced to life imprisonment
     *                    or death, or is a defendant in death-penalty review
     * @param language    the language the applicant needs, or null
     * @param region      the application's region
     */
    public static List<StatutoryNeed> ofApplication(MatterType matterType, boolean minor, boolean lifeOrDeath, String language,
                                                    String region) {
        List<StatutoryNeed> out = new ArrayList<>(4);
        district(region, BASIS_APPLICATION_DISTRICT).ifPresent(out::add);
        if (lifeOrDeath && matterType == MatterType.CRIMINAL) {
            out.add(new StatutoryNeed(StatutoryNeed.Kind.SENIOR_CRIMINAL, null, BASIS_LIFE_OR_DEATH));
        }
        if (minor) {
            out.add(new StatutoryNeed(StatutoryNeed.Kind.JUVENILE, null, BASIS_MINOR));
        }
        language(language).ifPresent(out::add);
        return List.copyOf(out);
    }

    /** Whether someone born on {@code birthDate} is under 18 on {@code on}; false when unknown. */
    public static boolean isMinor(LocalDate birthDate, LocalDate on) {
        return birthDate != null && Period.between(birthDate, on).getYears() < 18;
    }

    /** The need of {@code kind} among {@code needs}, if any. */
    public static Optional<StatutoryNeed> find(List<StatutoryNeed> needs, StatutoryNeed.Kind kind) {
        return needs.stream().filter(n -> n.kind() == kind).findFirst();
    }

    private static Optional<StatutoryNeed> district(String region, String basis) {
        return region == null || region.isBlank() ? Optional.empty()
                : Optional.of(new StatutoryNeed(StatutoryNeed.Kind.DISTRICT, region.strip(), basis));
    }

    private static Optional<StatutoryNeed> language(String language) {
        if (language == null || language.isBlank() || language.strip().equals(MANDARIN)) {
            return Optional.empty();
        }
        String code = language.strip();
        return Optional.of(new StatutoryNeed(StatutoryNeed.Kind.LANGUAGE, code,
                code.equals(SIGN_LANGUAGE) ? BASIS_SIGN_LANGUAGE : BASIS_LANGUAGE));
    }
}
