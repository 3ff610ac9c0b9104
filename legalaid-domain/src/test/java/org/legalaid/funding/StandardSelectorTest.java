package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.MatterType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.standard;
import static org.legalaid.funding.ProcedureStage.FIRST_INSTANCE;
import static org.legalaid.funding.ProcedureStage.SECOND_INSTANCE;
import static org.legalaid.intake.MatterType.CIVIL;
import static org.legalaid.intake.MatterType.CRIMINAL;

@DisplayName("Selecting the standard: nearest unit first, in force on the rate date, of the matter type and stage")
class StandardSelectorTest {

    private static final long CITY = 1L;
    private static final long DISTRICT = 2L;
    private static final List<Long> DISTRICT_UP = List.of(DISTRICT, CITY);

    private static final LocalDate CHANGE = LocalDate.of(2025, 7, 1);

    /** The city's old rate to 2025-06-30 (id 10), its new rate from 2025-07-01 (id 11). */
    private final SubsidyStandard cityOld = standard(10L, CITY, CRIMINAL, FIRST_INSTANCE, LocalDate.of(2020, 1, 1),
            CHANGE.minusDays(1));
    private final SubsidyStandard cityNew = standard(11L, CITY, CRIMINAL, FIRST_INSTANCE, CHANGE, null);

    private static Optional<Long> select(List<SubsidyStandard> standards, MatterType type, ProcedureStage stage, LocalDate day) {
        return StandardSelector.select(standards, DISTRICT_UP, type, stage, day).map(SubsidyStandard::getId);
    }

    @Test
    @DisplayName("the old rate applies on its last day and the new one from its first day")
    void picksByRateDateAtTheBoundary() {
        List<SubsidyStandard> all = List.of(cityNew, cityOld);
        assertEquals(Optional.of(10L), select(all, CRIMINAL, FIRST_INSTANCE, CHANGE.minusDays(1)));
        assertEquals(Optional.of(11L), select(all, CRIMINAL, FIRST_INSTANCE, CHANGE));
    }

    @Test
    @DisplayName("no standard before the first one takes effect")
    void findsNothingBeforeTheFirstStandard() {
        assertTrue(select(List.of(cityOld, cityNew), CRIMINAL, FIRST_INSTANCE, LocalDate.of(2019, 12, 31)).isEmpty());
    }

    @Test
    @DisplayName("the district's own rate wins over the city's")
    void picksTheNearestUnitFirst() {
        SubsidyStandard districtOwn = standard(20L, DISTRICT, CRIMINAL, FIRST_INSTANCE, CHANGE, null);
        assertEquals(Optional.of(20L), select(List.of(cityNew, districtOwn), CRIMINAL, FIRST_INSTANCE, CHANGE));
    }

    @Test
    @DisplayName("the city's rate applies on days the district's own rate is not in force")
    void fallsBackToTheParentOutsideTheOwnRatesDates() {
        SubsidyStandard districtOwn = standard(20L, DISTRICT, CRIMINAL, FIRST_INSTANCE, LocalDate.of(2025, 9, 1), null);
        List<SubsidyStandard> all = List.of(cityNew, districtOwn);
        assertEquals(Optional.of(11L), select(all, CRIMINAL, FIRST_INSTANCE, LocalDate.of(2025, 8, 31)));
        assertEquals(Optional.of(20L), select(all, CRIMINAL, FIRST_INSTANCE, LocalDate.of(2025, 9, 1)));
    }

    @Test
    @DisplayName("a unit not on the case's path up the tree is never used")
    void ignoresUnitsOffThePath() {
        SubsidyStandard otherDistrict = standard(30L, 3L, CRIMINAL, FIRST_INSTANCE, CHANGE, null);
        assertTrue(select(List.of(otherDistrict), CRIMINAL, FIRST_INSTANCE, CHANGE).isEmpty());
    }

    @Test
    @DisplayName("only a standard of the case's matter type and stage is picked")
    void respectsMatterTypeAndStage() {
        SubsidyStandard civil = standard(40L, DISTRICT, CIVIL, FIRST_INSTANCE, CHANGE, null);
        SubsidyStandard appeal = standard(41L, DISTRICT, CRIMINAL, SECOND_INSTANCE, CHANGE, null);
        List<SubsidyStandard> all = List.of(civil, appeal, cityNew);
        assertEquals(Optional.of(11L), select(all, CRIMINAL, FIRST_INSTANCE, CHANGE));
        assertEquals(Optional.of(40L), select(all, CIVIL, FIRST_INSTANCE, CHANGE));
        assertEquals(Optional.of(41L), select(all, CRIMINAL, SECOND_INSTANCE, CHANGE));
        assertTrue(select(all, CIVIL, SECOND_INSTANCE, CHANGE).isEmpty());
    }
}
