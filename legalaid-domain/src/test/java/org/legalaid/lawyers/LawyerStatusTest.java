package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.lawyers.LawyerStatus.ACTIVE;
import static org.legalaid.lawyers.LawyerStatus.ADMITTED;
import static org.legalaid.lawyers.LawyerStatus.EXITED;
import static org.legalaid.lawyers.LawyerStatus.SUSPENDED;

@DisplayName("Lawyer status lifecycle 准入 → active → suspended → exited (LAL art. 60, 62, 63)")
class LawyerStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "ADMITTED, ACTIVE, true", "ADMITTED, EXITED, true", "ADMITTED, SUSPENDED, false",
            "ACTIVE, SUSPENDED, true", "ACTIVE, EXITED, true", "ACTIVE, ADMITTED, false", "ACTIVE, ACTIVE, false",
            "SUSPENDED, ACTIVE, true", "SUSPENDED, EXITED, true", "SUSPENDED, ADMITTED, false",
            "EXITED, ACTIVE, false", "EXITED, ADMITTED, false", "EXITED, SUSPENDED, false"
    })
    @DisplayName("the transition table; exited is final")
    void followsTheTransitionTable(LawyerStatus from, LawyerStatus to, boolean allowed) {
        assertEquals(allowed, from.canChangeTo(to));
    }

    @Test
    @DisplayName("only an active lawyer is offered for assignment (issue 4)")
    void onlyActiveIsAssignable() {
        assertTrue(ACTIVE.isAssignable());
        assertFalse(ADMITTED.isAssignable());
        assertFalse(SUSPENDED.isAssignable());
        assertFalse(EXITED.isAssignable());
        assertTrue(EXITED.isFinal());
        assertEquals(EnumSet.of(ACTIVE, EXITED), SUSPENDED.next());
        assertEquals(EnumSet.noneOf(LawyerStatus.class), EXITED.next());
    }

    @Test
    @DisplayName("a suspension with date, reason, requester and a different approver is recorded")
    void recordsAValidChange() {
        StatusChange c = StatusChange.of(ACTIVE, SUSPENDED, TODAY, " 年度考核不合格 ", "officer", "director", TODAY);
        assertEquals("年度考核不合格", c.reason());
        assertEquals("director", c.approvedBy());
    }

    private static String refusal(LawyerStatus from, LawyerStatus to, LocalDate date, String reason,
                                  String requester, String approver) {
        return assertThrows(BusinessException.class,
                () -> StatusChange.of(from, to, date, reason, requester, approver, TODAY)).messageKey();
    }

    @Test
    @DisplayName("a change the table does not allow is refused (exited is final)")
    void refusesATransitionOutsideTheTable() {
        assertEquals("lawyers.status.transition", refusal(EXITED, ACTIVE, TODAY, "重新执业", "officer", "director"));
    }

    @Test
    @DisplayName("a reason is required")
    void requiresAReason() {
        assertEquals("lawyers.status.reasonRequired", refusal(ACTIVE, SUSPENDED, TODAY, "  ", "officer", "director"));
        assertEquals("lawyers.status.reasonRequired", refusal(ACTIVE, SUSPENDED, TODAY, null, "officer", "director"));
        assertEquals("lawyers.status.reasonTooLong",
                refusal(ACTIVE, SUSPENDED, TODAY, "x".repeat(StatusChange.REASON_MAX + 1), "officer", "director"));
    }

    @Test
    @DisplayName("an approver is required and is not the requester (four eyes)")
    void requiresASecondPersonToApprove() {
        assertEquals("lawyers.status.approverRequired", refusal(ACTIVE, EXITED, TODAY, "退出", "officer", " "));
        assertEquals("lawyers.status.approverIsRequester", refusal(ACTIVE, EXITED, TODAY, "退出", "officer", "Officer"));
    }

    @Test
    @DisplayName("a change cannot be dated in the future")
    void refusesAFutureDate() {
        assertEquals("lawyers.status.dateInFuture",
                refusal(ADMITTED, ACTIVE, TODAY.plusDays(1), "准入完成", "officer", "director"));
    }
}
