package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Duty lawyer rosters 值班律师 (LAL art. 14)")
class RosterCheckTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
    private static final long COURT = 1, DETENTION_CENTRE = 2;
    private static final List<DutyShift> ROSTER = List.of(new DutyShift(7, COURT, MONDAY, Shift.MORNING));

    @Test
    @DisplayName("one lawyer cannot be in two places in the same shift")
    void refusesOneLawyerInTwoPlacesAtOnce() {
        DutyShift elsewhere = new DutyShift(7, DETENTION_CENTRE, MONDAY, Shift.MORNING);
        assertEquals(ROSTER, RosterCheck.conflicts(ROSTER, elsewhere));
        BusinessException e = assertThrows(BusinessException.class,
                () -> RosterCheck.check(ROSTER, elsewhere, LawyerStatus.ACTIVE));
        assertEquals("lawyers.roster.doubleBooked", e.messageKey());
        assertArrayEquals(new Object[]{"2026-03-16", "shift.MORNING"}, e.arguments(),
                "the message names the day and the half day in words, not an enum constant");
    }

    @Test
    @DisplayName("a full day overlaps both half days")
    void fullDayOverlapsHalfDays() {
        assertEquals(1, RosterCheck.conflicts(ROSTER, new DutyShift(7, DETENTION_CENTRE, MONDAY, Shift.FULL_DAY)).size());
    }

    @Test
    @DisplayName("the afternoon elsewhere, another day, or another lawyer in the same shift are fine")
    void allowsWhatDoesNotOverlap() {
        assertDoesNotThrow(() -> RosterCheck.check(ROSTER, new DutyShift(7, DETENTION_CENTRE, MONDAY, Shift.AFTERNOON), LawyerStatus.ACTIVE));
        assertDoesNotThrow(() -> RosterCheck.check(ROSTER, new DutyShift(7, DETENTION_CENTRE, MONDAY.plusDays(1), Shift.MORNING), LawyerStatus.ACTIVE));
        assertDoesNotThrow(() -> RosterCheck.check(ROSTER, new DutyShift(8, COURT, MONDAY, Shift.MORNING), LawyerStatus.ACTIVE));
    }

    @Test
    @DisplayName("a lawyer who is not active gets no duty (suspended, exited, admitted only)")
    void refusesANonActiveLawyer() {
        for (LawyerStatus s : List.of(LawyerStatus.SUSPENDED, LawyerStatus.EXITED, LawyerStatus.ADMITTED)) {
            BusinessException e = assertThrows(BusinessException.class,
                    () -> RosterCheck.check(List.of(), new DutyShift(9, COURT, MONDAY, Shift.MORNING), s));
            assertEquals("lawyers.roster.notActive", e.messageKey());
        }
    }

    @Test
    @DisplayName("duty days for the quota credit: two half days on one date are one day")
    void countsDutyDays() {
        List<DutyShift> roster = List.of(new DutyShift(7, COURT, MONDAY, Shift.MORNING),
                new DutyShift(7, DETENTION_CENTRE, MONDAY, Shift.AFTERNOON),
                new DutyShift(7, COURT, MONDAY.plusDays(2), Shift.FULL_DAY),
                new DutyShift(7, COURT, LocalDate.of(2025, 12, 31), Shift.FULL_DAY),
                new DutyShift(8, COURT, MONDAY, Shift.FULL_DAY));
        assertEquals(2, RosterCheck.dutyDays(roster, 7, 2026));
    }
}
