package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.StatutoryNeed;
import org.legalaid.intake.StatutoryNeeds;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Issue 21: the officer adds needs but never removes a statutory one")
class RequiredNeedsTest {

    private static final List<StatutoryNeed> DEATH_PENALTY_REVIEW_IN_SHINAN = List.of(
            new StatutoryNeed(StatutoryNeed.Kind.DISTRICT, "370202", StatutoryNeeds.BASIS_CENTRE_DISTRICT),
            new StatutoryNeed(StatutoryNeed.Kind.SENIOR_CRIMINAL, null, StatutoryNeeds.BASIS_DEATH_PENALTY_REVIEW),
            new StatutoryNeed(StatutoryNeed.Kind.LANGUAGE, "csl", StatutoryNeeds.BASIS_SIGN_LANGUAGE));

    @Test
    @DisplayName("an unticked box, another district or no language sent by the screen leave the statutory needs in force")
    void statutoryNeedsCannotBeRemoved() {
        assertEquals(new RequiredNeeds.Applied("370202", "csl", true, false),
                RequiredNeeds.merge(DEATH_PENALTY_REVIEW_IN_SHINAN, "370203", "", false, false));
        assertEquals(new RequiredNeeds.Applied("370202", "csl", true, false),
                RequiredNeeds.merge(DEATH_PENALTY_REVIEW_IN_SHINAN, null, null, null, null));
    }

    @Test
    @DisplayName("the officer adds juvenile experience, and chooses the district and the language where the data names none")
    void officerAddsNeeds() {
        assertEquals(new RequiredNeeds.Applied("370203", "ug", false, true),
                RequiredNeeds.merge(List.of(), "370203", "ug", true, null));
        assertEquals(new RequiredNeeds.Applied(null, null, true, false),
                RequiredNeeds.merge(List.of(), " ", "zh", false, true), "Mandarin is no requirement");
    }

    @Test
    @DisplayName("an exclusion for a statutory need carries its basis; one for a need the officer added does not")
    void exclusionSaysTheBasis() {
        CaseNeeds applied = new CaseNeeds("370202", null, "csl", true, true, Set.of());
        Reason junior = Reason.of(AssignmentRanking.CRIMINAL_PRACTICE, 2, 3);
        assertEquals(Reason.of(AssignmentRanking.CRIMINAL_PRACTICE + RequiredNeeds.STATUTORY, 2, 3,
                StatutoryNeeds.BASIS_DEATH_PENALTY_REVIEW), RequiredNeeds.withBasis(junior, DEATH_PENALTY_REVIEW_IN_SHINAN, applied));
        assertEquals(Reason.of(AssignmentRanking.LANGUAGE + RequiredNeeds.STATUTORY, "csl", StatutoryNeeds.BASIS_SIGN_LANGUAGE),
                RequiredNeeds.withBasis(Reason.of(AssignmentRanking.LANGUAGE, "csl"), DEATH_PENALTY_REVIEW_IN_SHINAN, applied));
        Reason juvenile = Reason.of(AssignmentRanking.JUVENILE);
        assertEquals(juvenile, RequiredNeeds.withBasis(juvenile, DEATH_PENALTY_REVIEW_IN_SHINAN, applied), "added by the officer");
        Reason capacity = Reason.of(AssignmentRanking.CAPACITY, 5, 5);
        assertEquals(capacity, RequiredNeeds.withBasis(capacity, DEATH_PENALTY_REVIEW_IN_SHINAN, applied));
    }
}
