package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The date logic of a case (docs/domain.md "Case lifecycle", date logic; seed 004). */
class CaseDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static CaseDates inOrder() {
        return CaseDates.none()
                .with(CaseMilestone.APPLIED, LocalDate.of(2026, 3, 1))
                .with(CaseMilestone.ACCEPTED, LocalDate.of(2026, 3, 2))
                .with(CaseMilestone.DECIDED, LocalDate.of(2026, 3, 6))
                .with(CaseMilestone.ASSIGNED, LocalDate.of(2026, 3, 8))
                .with(CaseMilestone.FIRST_HANDLING, LocalDate.of(2026, 3, 10))
                .with(CaseMilestone.LAST_HANDLING, LocalDate.of(2026, 6, 1))
                .with(CaseMilestone.ENDED, LocalDate.of(2026, 6, 20))
                .with(CaseMilestone.SUBMITTED, LocalDate.of(2026, 7, 1))
                .with(CaseMilestone.REVIEWED, LocalDate.of(2026, 7, 15))
                .with(CaseMilestone.ARCHIVED, LocalDate.of(2026, 7, 16));
    }

    @Test
    @DisplayName("application ≤ acceptance ≤ decision ≤ assignment ≤ handling ≤ closing ≤ review ≤ archive: no violation")
    void datesInOrderPass() {
        assertEquals(List.of(), inOrder().violations(TODAY));
    }

    @Test
    @DisplayName("steps on the same day are in order")
    void sameDayIsInOrder() {
        LocalDate d = LocalDate.of(2026, 5, 5);
        CaseDates dates = CaseDates.none();
        for (CaseMilestone m : CaseMilestone.values()) {
            dates = dates.with(m, d);
        }
        assertEquals(List.of(), dates.violations(TODAY));
    }

    @Test
    @DisplayName("seed 004: assignment, handling and closing far earlier than the approval are each reported against the approval")
    void seed004AssignmentBeforeApproval() {
        CaseDates broken = inOrder()
                .with(CaseMilestone.DECIDED, LocalDate.of(2026, 9, 1));
        List<DateViolation> v = broken.violations(TODAY);
        assertEquals(CaseMilestone.ASSIGNED, v.get(0).step());
        assertEquals(CaseMilestone.DECIDED, v.get(0).dependsOn());
        assertEquals(LocalDate.of(2026, 9, 1), v.get(0).dependsOnDate());
        // every later step up to the closing submission lies before 1 September too
        assertEquals(List.of(CaseMilestone.ASSIGNED, CaseMilestone.FIRST_HANDLING, CaseMilestone.LAST_HANDLING,
                        CaseMilestone.ENDED, CaseMilestone.SUBMITTED, CaseMilestone.REVIEWED, CaseMilestone.ARCHIVED),
                v.stream().map(DateViolation::step).toList());
    }

    @Test
    @DisplayName("a missing step constrains nothing: the next step is compared with the latest dated one before it")
    void missingStepIsSkipped() {
        CaseDates dates = CaseDates.none()
                .with(CaseMilestone.APPLIED, LocalDate.of(2026, 3, 5))
                .with(CaseMilestone.ASSIGNED, LocalDate.of(2026, 3, 4));
        List<DateViolation> v = dates.violations(TODAY);
        assertEquals(1, v.size());
        assertEquals(CaseMilestone.APPLIED, v.get(0).dependsOn());
        assertEquals("ASSIGNED 2026-03-04 < APPLIED 2026-03-05", v.get(0).describe());
    }

    @Test
    @DisplayName("a step dated after today is a violation")
    void futureDate() {
        List<DateViolation> v = inOrder().with(CaseMilestone.ARCHIVED, TODAY.plusDays(1)).violations(TODAY);
        assertEquals(1, v.size());
        assertTrue(v.get(0).inFuture());
        assertEquals("caseDates.future", v.get(0).messageKey());
    }

    @Test
    @DisplayName("a closing date before the assignment cannot be saved; the message names both steps and dates")
    void requireRefusesClosingBeforeAssignment() {
        CaseDates open = CaseDates.none()
                .with(CaseMilestone.APPLIED, LocalDate.of(2026, 3, 1))
                .with(CaseMilestone.DECIDED, LocalDate.of(2026, 3, 6))
                .with(CaseMilestone.ASSIGNED, LocalDate.of(2026, 3, 8));
        BusinessException e = assertThrows(BusinessException.class,
                () -> open.require(CaseMilestone.ENDED, LocalDate.of(2026, 3, 7), TODAY));
        assertEquals("cases.date.before", e.messageKey());
        assertEquals(List.of("caseMilestone.ENDED", "2026-03-07", "caseMilestone.ASSIGNED", "2026-03-08"),
                List.of(e.arguments()));
    }

    @Test
    @DisplayName("re-dating an earlier step after a later one is refused against the later step")
    void requireRefusesEarlierStepAfterLater() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> inOrder().require(CaseMilestone.DECIDED, LocalDate.of(2026, 3, 9), TODAY));
        assertEquals("caseMilestone.ASSIGNED", e.arguments()[0]);
    }

    @Test
    @DisplayName("an old violation elsewhere does not block an unrelated step that is itself in order")
    void requireIgnoresUnrelatedOldViolation() {
        CaseDates legacy = inOrder().with(CaseMilestone.ACCEPTED, LocalDate.of(2026, 2, 1)); // before APPLIED
        CaseDates next = legacy.require(CaseMilestone.ARCHIVED, LocalDate.of(2026, 8, 1), TODAY);
        assertEquals(LocalDate.of(2026, 8, 1), next.get(CaseMilestone.ARCHIVED).orElseThrow());
    }
}
