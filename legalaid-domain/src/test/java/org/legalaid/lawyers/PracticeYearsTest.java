package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Years of practice from the licence date (LAL art. 26)")
class PracticeYearsTest {

    @Test
    @DisplayName("full years: the third year completes on the anniversary, not the day before")
    void countsFullYears() {
        LocalDate licence = LocalDate.of(2023, 6, 15);
        assertEquals(2, PracticeYears.on(licence, LocalDate.of(2026, 6, 14)));
        assertEquals(3, PracticeYears.on(licence, LocalDate.of(2026, 6, 15)));
        assertFalse(PracticeYears.atLeast(licence, LocalDate.of(2026, 6, 14), PracticeYears.SENIOR_CRIMINAL_YEARS));
        assertTrue(PracticeYears.atLeast(licence, LocalDate.of(2026, 6, 15), PracticeYears.SENIOR_CRIMINAL_YEARS));
    }

    @Test
    @DisplayName("a licence of 29 February completes its year on 1 March of a common year")
    void leapDayLicence() {
        LocalDate licence = LocalDate.of(2024, 2, 29);
        assertEquals(0, PracticeYears.on(licence, LocalDate.of(2025, 2, 28)));
        assertEquals(1, PracticeYears.on(licence, LocalDate.of(2025, 3, 1)));
    }

    @Test
    @DisplayName("a new licence is in its first year until the anniversary (quota reduction)")
    void firstYear() {
        LocalDate licence = LocalDate.of(2025, 9, 1);
        assertTrue(PracticeYears.inFirstYear(licence, LocalDate.of(2026, 8, 31)));
        assertFalse(PracticeYears.inFirstYear(licence, LocalDate.of(2026, 9, 1)));
    }

    @Test
    @DisplayName("a licence date in the future is refused")
    void refusesALicenceDateInTheFuture() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> PracticeYears.on(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 15)));
        assertEquals("lawyers.practiceYears.licenceDateInFuture", e.messageKey());
        assertEquals(0, PracticeYears.on(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15)));
    }
}
