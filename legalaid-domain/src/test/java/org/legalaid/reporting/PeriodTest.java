package org.legalaid.reporting;

import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void monthsQuartersHalvesAndYearsCoverTheirDays() {
        assertEquals(Period.custom(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).days(),
                Period.month(YearMonth.of(2024, 2)).days());
        Period q3 = Period.quarter(2026, 3);
        assertEquals(LocalDate.of(2026, 7, 1), q3.start());
        assertEquals(LocalDate.of(2026, 9, 30), q3.end());
        Period h2 = Period.halfYear(2026, 2);
        assertEquals(LocalDate.of(2026, 7, 1), h2.start());
        assertEquals(LocalDate.of(2026, 12, 31), h2.end());
        assertEquals(365, Period.year(2026).days());
        assertEquals(366, Period.year(2024).days());
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> Period.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertEquals("reporting.period.endsBeforeStart", e.messageKey());
    }

    @Test
    void aOneDayPeriodIsAllowed() {
        assertEquals(1, Period.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).days());
    }

    @Test
    void previousYearKeepsTheKind() {
        assertEquals(Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2024, 2)).previousYear());
        assertEquals(Period.quarter(2025, 4), Period.quarter(2026, 4).previousYear());
        assertEquals(Period.halfYear(2025, 1), Period.halfYear(2026, 1).previousYear());
        assertEquals(Period.year(2025), Period.year(2026).previousYear());
        assertEquals(Period.custom(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 10)),
                Period.custom(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 10)).previousYear());
    }

    @Test
    void codesReadBack() {
        for (Period p : new Period[]{Period.month(YearMonth.of(2026, 3)), Period.quarter(2026, 1), Period.halfYear(2026, 2),
                Period.year(2026), Period.custom(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1))}) {
            assertEquals(p, Period.parse(p.code()), p.code());
        }
        assertEquals("2026-Q1", Period.quarter(2026, 1).code());
        assertEquals("2026年第1季度", Period.quarter(2026, 1).chineseName());
        assertEquals("2026年下半年", Period.halfYear(2026, 2).chineseName());
    }

    @Test
    void refusesTextThatNamesNoPeriod() {
        assertEquals("reporting.period.invalid", assertThrows(BusinessException.class, () -> Period.parse("2026-13")).messageKey());
        assertEquals("reporting.period.invalid", assertThrows(BusinessException.class, () -> Period.parse("Q1")).messageKey());
        assertEquals("reporting.period.endsBeforeStart",
                assertThrows(BusinessException.class, () -> Period.parse("2026-02-01..2026-01-05")).messageKey());
    }

    @Test
    void containsBothEnds() {
        Period q = Period.quarter(2026, 2);
        assertTrue(q.contains(LocalDate.of(2026, 4, 1)));
        assertTrue(q.contains(LocalDate.of(2026, 6, 30)));
        assertFalse(q.contains(LocalDate.of(2026, 7, 1)));
        assertEquals(LocalDate.of(2026, 7, 1), q.endExclusive());
    }
}
