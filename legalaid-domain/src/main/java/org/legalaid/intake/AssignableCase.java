package org.legalaid.intake;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case that needs (or has) an assigned lawyer, as the lawyers context reads it without touching
 * the intake records (docs/domain.md "Case lifecycle" 7): what the case is, whom the lawyer acts for and
 * against, what the law asks of the lawyer, and by when the lawyer must be assigned.
 *
 * @param type              an application or a notified criminal case
 * @param id                the application's or notice's id
 * @param unitId            the centre that assigns (the record's unit)
 * @param label             what lists show, e.g. {@code #1050 王桂兰}
 * @param regionCode        the district the case belongs to (an application's region, a notice's
 *                          organ's or receiving centre's district); null when the data cannot tell
 * @param matterType        criminal for a notice
 * @param matterCategory    an application's category; null for a notice
 * @param client            the applicant or the defendant
 * @param opposingParties   the opposing parties known (none for a notice)
 * @param minor             the client is under 18
 * @param statutoryNeeds    what the law asks of the lawyer, from the case's data, each with its
 *                          basis ({@link StatutoryNeeds}): binding on every ranking and assignment
 * @param preferredLanguage a language that would help without being required (sign language for a
 *                          blind, deaf or mute defendant whose language is not stated), or null
 * @param basisNumber       the decision's number, or the organ's document number
 * @param basisAt           when aid was granted (or started early), or the notice arrived: the
 *                          assignment cannot be dated before it
 * @param organType         the notifying organ's type; null for an application
 * @param organName         the notifying organ; null for an application
 * @param charge            the charge of a notice; null for an application
 * @param stage             the proceeding stage of a notice; null for an application
 * @param detentionPlace    where a notified defendant is held, or null
 * @param assignBy          the end of the statutory 3 days (LAL art. 43, 36) while that clock
 *                          runs; null once assigned
 * @param awaiting          true while no lawyer has been assigned yet
 */
public record AssignableCase(SubjectType type, long id, long unitId, String label, String regionCode,
                             MatterType matterType, MatterCategory matterCategory, CaseParty client,
                             List<CaseParty> opposingParties, boolean minor, List<StatutoryNeed> statutoryNeeds,
                             String preferredLanguage, String basisNumber, LocalDateTime basisAt,
                             NotifyingOrganType organType, String organName, String charge, ProceedingStage stage,
                             String detentionPlace, LocalDateTime assignBy, boolean awaiting) implements Serializable {

    public AssignableCase {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(client, "client");
        opposingParties = List.copyOf(opposingParties);
        statutoryNeeds = List.copyOf(statutoryNeeds);
    }

    /** The statutory need of {@code kind}, if the case carries one. */
    public Optional<StatutoryNeed> need(StatutoryNeed.Kind kind) {
        return StatutoryNeeds.find(statutoryNeeds, kind);
    }

    /** 3+ years of criminal practice are required (LAL art. 26). */
    public boolean seniorCriminal() {
        return need(StatutoryNeed.Kind.SENIOR_CRIMINAL).isPresent();
    }

    /** A lawyer who knows minors' cases is required. */
    public boolean juvenile() {
        return need(StatutoryNeed.Kind.JUVENILE).isPresent();
    }

    /** The language the lawyer must speak, or null. */
    public String language() {
        return need(StatutoryNeed.Kind.LANGUAGE).map(StatutoryNeed::value).orElse(null);
    }

    /** Whether the statutory time to assign has run out at {@code now}. */
    public boolean isOverdue(LocalDateTime now) {
        return assignBy != null && now.isAfter(assignBy);
    }
}
