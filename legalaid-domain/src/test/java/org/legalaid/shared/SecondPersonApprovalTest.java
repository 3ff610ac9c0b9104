package org.legalaid.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecondPersonApprovalTest {

    private static final OffsetDateTime ASKED = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final OffsetDateTime DECIDED = ASKED.plusHours(3);

    private static String refusal(Executable act) {
        return assertThrows(BusinessException.class, act).messageKey();
    }

    @Test
    @DisplayName("the requester cannot decide, whatever the case of the name; a second person can, once")
    void fourEyes() {
        SecondPersonApproval a = SecondPersonApproval.requestedBy(" assigner ", ASKED);
        assertTrue(a.isPending());
        assertEquals("assigner", a.getRequestedBy());
        assertEquals("approval.deciderIsRequester", refusal(() -> a.approve("ASSIGNER", null, DECIDED)));
        assertEquals("approval.deciderIsRequester", refusal(() -> a.reject("Assigner", "不同意", DECIDED)));
        assertTrue(a.isPending(), "a refused decision leaves the request pending");

        a.approve(" director ", "  ", DECIDED);
        assertFalse(a.isPending());
        assertEquals(RequestState.APPROVED, a.getState());
        assertEquals("director", a.getDecidedBy());
        assertEquals(DECIDED, a.getDecidedAt());
        assertNull(a.getDecisionNote(), "a blank note is no note");
        assertEquals("approval.decided", refusal(() -> a.reject("supervisor", "重复", DECIDED)));
        assertEquals("approval.decided", refusal(() -> a.approve("supervisor", null, DECIDED)));
    }

    @Test
    @DisplayName("a rejection needs its reason; a note longer than the column is refused before anything changes")
    void notes() {
        SecondPersonApproval a = SecondPersonApproval.requestedBy("assigner", ASKED);
        assertEquals("approval.noteRequired", refusal(() -> a.reject("director", " ", DECIDED)));
        String tooLong = "理".repeat(SecondPersonApproval.NOTE_MAX + 1);
        assertEquals("approval.noteTooLong", refusal(() -> a.checkApproval("director", tooLong)));
        assertEquals("approval.noteTooLong", refusal(() -> a.reject("director", tooLong, DECIDED)));
        assertTrue(a.isPending());

        a.reject("director", " 账户名称与营业执照不符 ", DECIDED);
        assertEquals(RequestState.REJECTED, a.getState());
        assertEquals("账户名称与营业执照不符", a.getDecisionNote());
    }
}
