package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.SubjectType;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDateTime GRANTED = LocalDateTime.of(2026, 11, 19, 16, 0);

    private static Assignment assignment(int rank, String reason) {
        return new Assignment(SubjectType.APPLICATION, 7, "#7 王桂兰", 3, "ID:X", new Assignment.Choice(11, 12, rank, reason),
                "甲法援指〔2026〕1号", "甲法援函〔2026〕1号", "officer", AT, GRANTED);
    }

    @Test
    @DisplayName("Issue 4: passing over the top candidate needs a reason; the top candidate needs none")
    void overrideNeedsAReason() {
        assertEquals("lawyers.assignment.overrideReasonRequired",
                assertThrows(BusinessException.class, () -> assignment(2, " ")).messageKey());
        Assignment other = assignment(2, "受援人信任该律师");
        assertTrue(other.isOverride());
        assertEquals("受援人信任该律师", other.getOverrideReason());
        Assignment top = assignment(1, "多余的理由");
        assertFalse(top.isOverride());
        assertNull(top.getOverrideReason());
        assertEquals(LocalDate.of(2026, 11, 20), top.getAssignedOn());
        assertTrue(top.isCurrent());
    }

    @Test
    @DisplayName("docs/domain.md 9 (date logic): no assignment before the grant it follows")
    void notBeforeTheGrant() {
        BusinessException e = assertThrows(BusinessException.class, () -> new Assignment(SubjectType.NOTICE, 7, "x", 3, "k",
                new Assignment.Choice(11, 12, 1, null), "n", "l", "officer", AT, AT.toLocalDateTime().plusMinutes(1)));
        assertEquals("lawyers.assignment.beforeBasis", e.messageKey());
    }

    @Test
    @DisplayName("2023 procedure rules art. 27: the agreement date is recorded once, not before the assignment, not in the future")
    void agreementRecordedOnce() {
        Assignment a = assignment(1, null);
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertEquals("lawyers.assignment.agreementBeforeAssignment", assertThrows(BusinessException.class,
                () -> a.recordAgreementSigned(LocalDate.of(2026, 11, 19), today)).messageKey());
        assertEquals("lawyers.assignment.agreementInFuture", assertThrows(BusinessException.class,
                () -> a.recordAgreementSigned(LocalDate.of(2026, 11, 23), today)).messageKey());
        a.recordAgreementSigned(LocalDate.of(2026, 11, 21), today);
        assertEquals(LocalDate.of(2026, 11, 21), a.getAgreementSignedOn());
        assertEquals("lawyers.assignment.agreementAlreadyRecorded", assertThrows(BusinessException.class,
                () -> a.recordAgreementSigned(LocalDate.of(2026, 11, 22), today)).messageKey());
    }

    @Test
    @DisplayName("LAL art. 55: an assignment ends once, with a reason, and stays as history")
    void endsOnceWithAReason() {
        Assignment a = assignment(1, null);
        assertEquals("lawyers.assignment.endReasonRequired", assertThrows(BusinessException.class,
                () -> a.end(null, null, "officer", AT.plusDays(1))).messageKey());
        a.end(EndReason.CLIENT_REQUEST, "受援人要求更换", "officer", AT.plusDays(1));
        assertFalse(a.isCurrent());
        assertEquals(EndReason.CLIENT_REQUEST, a.getEndReason());
        assertEquals("lawyers.assignment.ended", assertThrows(BusinessException.class,
                () -> a.end(EndReason.CONFLICT_FOUND, null, "officer", AT.plusDays(2))).messageKey());
        assertEquals("lawyers.assignment.ended", assertThrows(BusinessException.class,
                () -> a.recordAgreementSigned(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22))).messageKey());
    }
}
