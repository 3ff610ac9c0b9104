package org.legalaid.intake;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A case that needs (or has) an assigned lawyer, as the lawyers context reads it without touching
 * the intake records (DOMAIN.md "Case lifecycle" 7): what the case is, whom the lawyer acts for and
 * against, what the law asks of the lawyer, and by when the lawyer must be assigned.
 *
 * @param type              an application or a notified criminal case
 * @param id                the application's or notice's id
 * @param unitId            the centre that assigns (the record's unit)
 * @param label             what lists show, e.g. {@code #1050 王桂兰}
 * @param regionCode        the district where the case is handled (an application's region); null
 *                          for a notice, which names an organ rather than a district
 * @param matterType        criminal for a notice
 * @param matterCategory    an application's category; null for a notice
 * @param client            the applicant or the defendant
 * @param opposingParties   the opposing parties known (none for a notice)
 * @param minor             the client is under 18
 * @param seniorCriminal    a defendant facing life imprisonment or death, or in death-penalty
 *                          review: 3+ years of criminal practice (LAL art. 26)
 * @param juvenile          a minor's case: a lawyer who knows minors' cases (LAL art. 26)
 * @param preferredLanguage a language that would help (e.g. sign language for a deaf, mute or blind
 *                          defendant, LAL art. 25), or null
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
                             List<CaseParty> opposingParties, boolean minor, boolean seniorCriminal, boolean juvenile,
                             String preferredLanguage, String basisNumber, LocalDateTime basisAt,
                             NotifyingOrganType organType, String organName, String charge, ProceedingStage stage,
                             String detentionPlace, LocalDateTime assignBy, boolean awaiting) {

    public AssignableCase {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(client, "client");
        opposingParties = List.copyOf(opposingParties);
    }

    /** Whether the statutory time to assign has run out at {@code now}. */
    public boolean isOverdue(LocalDateTime now) {
        return assignBy != null && now.isAfter(assignBy);
    }
}
