package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.SubjectType;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life of a case from assignment to archive (docs/domain.md "Case lifecycle" 8–9). */
class LegalCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    static LegalCase open(LocalDate assignedOn) {
        return new LegalCase("青法援案〔2026〕1号",
                new LegalCase.Origin(SubjectType.APPLICATION, 1050, 3, MatterType.CIVIL, null, "王桂兰", "#1050 王桂兰",
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)),
                new LegalCase.AssignedLawyer(7, 951, "李明", "青岛明德律师事务所"), assignedOn, NOW, TODAY);
    }

    @Test
    @DisplayName("seed 004: a case cannot be opened with an assignment dated before the approval")
    void assignmentBeforeDecisionRefused() {
        BusinessException e = assertThrows(BusinessException.class, () -> open(LocalDate.of(2026, 3, 5)));
        assertEquals("cases.date.before", e.messageKey());
    }

    @Test
    @DisplayName("一案专人监督: a case is quiet after 30 days without an entry, counted from the assignment before the first")
    void quietAfterThirtyDaysWithoutAnEntry() {
        LegalCase c = open(LocalDate.of(2026, 3, 8));
        assertFalse(c.isQuietOn(LocalDate.of(2026, 4, 6)), "29 days after the assignment");
        assertTrue(c.isQuietOn(LocalDate.of(2026, 4, 7)), "30 days after the assignment, no entry");
        c.recordHandling(LocalDate.of(2026, 4, 1), TODAY);
        assertEquals(LocalDate.of(2026, 4, 1), c.quietSince());
        assertFalse(c.isQuietOn(LocalDate.of(2026, 4, 30)), "an entry restarts the count");
        assertTrue(c.isQuietOn(LocalDate.of(2026, 5, 1)));
    }

    @Test
    @DisplayName("handling → submitted → returned → submitted → reviewed → archived; only then payable")
    void fullLifecycle() {
        LegalCase c = open(LocalDate.of(2026, 3, 8));
        assertEquals(CaseStatus.HANDLING, c.getStatus());
        c.recordHandling(LocalDate.of(2026, 3, 12), TODAY);
        c.recordHandling(LocalDate.of(2026, 3, 10), TODAY);
        c.recordHandling(LocalDate.of(2026, 5, 1), TODAY);
        assertEquals(LocalDate.of(2026, 3, 10), c.getFirstHandlingOn());
        assertEquals(LocalDate.of(2026, 5, 1), c.getLastHandlingOn());
        c.submitClosing(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20), TODAY);
        assertEquals(CaseStatus.SUBMITTED, c.getStatus());
        c.returnForCompletion();
        assertEquals(CaseStatus.RETURNED, c.getStatus());
        assertThrows(BusinessException.class, () -> c.archive(LocalDate.of(2026, 7, 1), TODAY));
        c.submitClosing(null, LocalDate.of(2026, 6, 25), TODAY);
        assertFalse(c.isPayable());
        c.passReview(LocalDate.of(2026, 7, 1), TODAY);
        c.archive(LocalDate.of(2026, 7, 2), TODAY);
        assertTrue(c.isPayable());
        assertEquals(0, c.dates().violations(TODAY).size());
    }

    @Test
    @DisplayName("a handling entry before the assignment, or a case end before the latest handling, cannot be saved")
    void handlingOutsideTheCase() {
        LegalCase c = open(LocalDate.of(2026, 3, 8));
        assertThrows(BusinessException.class, () -> c.recordHandling(LocalDate.of(2026, 3, 7), TODAY));
        assertNull(c.getFirstHandlingOn());
        c.recordHandling(LocalDate.of(2026, 5, 1), TODAY);
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.submitClosing(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 2), TODAY));
        assertEquals("caseMilestone.LAST_HANDLING", e.arguments()[2]);
        assertEquals(CaseStatus.HANDLING, c.getStatus());
        assertNull(c.getEndedOn());
    }

    @Test
    @DisplayName("LAL art. 48: a terminated case takes no more handling, and its file is then submitted without a new end date")
    void terminated() {
        LegalCase c = open(LocalDate.of(2026, 3, 8));
        c.terminate(LocalDate.of(2026, 4, 1), TODAY);
        assertEquals(CaseStatus.TERMINATED, c.getStatus());
        assertThrows(BusinessException.class, () -> c.recordHandling(LocalDate.of(2026, 4, 2), TODAY));
        c.submitClosing(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 4, 10), TODAY);
        assertEquals(LocalDate.of(2026, 4, 1), c.getEndedOn());
    }

    @Test
    @DisplayName("a legacy case keeps its broken dates; the archive needs the review and end dates")
    void legacyImport() {
        CaseDates broken = CaseDates.none()
                .with(CaseMilestone.APPLIED, LocalDate.of(2019, 5, 1))
                .with(CaseMilestone.DECIDED, LocalDate.of(2019, 6, 1))
                .with(CaseMilestone.ASSIGNED, LocalDate.of(2019, 4, 1));
        LegalCase c = LegalCase.importLegacy("旧2019-001", 3, MatterType.CIVIL, MatterCategory.values()[0], "张三", null,
                "李四", null, CaseStatus.HANDLING, broken, NOW);
        assertTrue(c.isLegacy());
        assertEquals(1, c.dates().violations(TODAY).size());
        BusinessException e = assertThrows(BusinessException.class, () -> LegalCase.importLegacy("旧2019-002", 3,
                MatterType.CIVIL, null, "张三", null, null, null, CaseStatus.ARCHIVED, broken, NOW));
        assertEquals("cases.import.archivedIncomplete", e.messageKey());
    }

    @Test
    @DisplayName("LAL art. 49: a termination revoked on objection puts the case back into handling, its end undated")
    void revokedTerminationHandlesAgain() {
        LegalCase c = open(LocalDate.of(2026, 3, 10));
        assertThrows(BusinessException.class, c::revokeTermination);
        c.recordHandling(LocalDate.of(2026, 4, 1), TODAY);
        BusinessException before = assertThrows(BusinessException.class, () -> c.terminate(LocalDate.of(2026, 3, 31), TODAY));
        assertEquals("cases.date.before", before.messageKey());
        c.terminate(LocalDate.of(2026, 4, 2), TODAY);
        assertEquals(CaseStatus.TERMINATED, c.getStatus());
        c.revokeTermination();
        assertEquals(CaseStatus.HANDLING, c.getStatus());
        assertNull(c.getEndedOn());
        c.recordHandling(LocalDate.of(2026, 4, 3), TODAY);
    }
}
