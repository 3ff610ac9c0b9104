package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Agreement signed within 5 days of the assignment (2023 procedure rules art. 27), for the assessment")
class AgreementTimelinessTest {

    private static final LocalDate ASSIGNED = LocalDate.of(2026, 3, 2);

    @Test
    void signedOnTheFifthDayIsInTime() {
        assertFalse(AgreementTimeliness.isLate(ASSIGNED, ASSIGNED.plusDays(5), ASSIGNED.plusDays(30)));
    }

    @Test
    void signedOnTheSixthDayIsLate() {
        assertTrue(AgreementTimeliness.isLate(ASSIGNED, ASSIGNED.plusDays(6), ASSIGNED.plusDays(6)));
    }

    @Test
    void unsignedIsLateOnlyOnceTheFiveDaysHavePassed() {
        assertFalse(AgreementTimeliness.isLate(ASSIGNED, null, ASSIGNED.plusDays(5)));
        assertTrue(AgreementTimeliness.isLate(ASSIGNED, null, ASSIGNED.plusDays(6)));
    }
}
