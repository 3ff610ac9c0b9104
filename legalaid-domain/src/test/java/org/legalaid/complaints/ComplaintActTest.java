package org.legalaid.complaints;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.Roles;

import java.time.LocalDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may do what with a complaint, and when (MoJ order 149). */
class ComplaintActTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 2, 9, 0);
    private static final ComplaintAct.Situation NOBODY = new ComplaintAct.Situation(0, 0, false, 0);

    @Test
    @DisplayName("every act has its roles: the handler works the complaint, the head decides recusals and extensions (art. 18, 23)")
    void everyActHasRoles() {
        for (ComplaintAct a : ComplaintAct.values()) {
            assertFalse(a.roles().isEmpty(), a.name());
        }
        assertEquals(ComplaintAct.HEADS, ComplaintAct.DECIDE_EXTENSION.roles());
        assertEquals(ComplaintAct.HEADS, ComplaintAct.DECIDE_RECUSAL.roles());
        assertEquals(Set.of(Roles.COMPLAINT_HANDLER), ComplaintAct.DECIDE.roles());
    }

    @Test
    @DisplayName("a received letter offers the handler acceptance, the one notice, non-acceptance, merging and withdrawal; the head nothing")
    void receivedLetter() {
        Complaint c = Complaints.received(ComplaintChannel.LETTER, RespondentType.LAWYER, AT);
        assertEquals(Set.of(ComplaintAct.REQUEST_MATERIALS, ComplaintAct.ACCEPT, ComplaintAct.DECLINE, ComplaintAct.MERGE,
                ComplaintAct.WITHDRAW), ComplaintAct.openTo(Roles.COMPLAINT_HANDLER::equals, "complaints", c, NOBODY));
        assertEquals(Set.of(), ComplaintAct.openTo(Roles.APPROVER::equals, "director", c, NOBODY));
    }

    @Test
    @DisplayName("art. 16–17: only an active investigator with a second one records; the decision needs two and a record")
    void investigationNeedsTwo() {
        Complaint c = Complaints.accepted(AT);
        assertFalse(ComplaintAct.RECORD_INVESTIGATION.isOpenTo(Roles.COMPLAINT_HANDLER::equals, "inv1", c,
                new ComplaintAct.Situation(1, 0, true, 0)));
        assertTrue(ComplaintAct.RECORD_INVESTIGATION.isOpenTo(Roles.COMPLAINT_HANDLER::equals, "inv1", c,
                new ComplaintAct.Situation(2, 0, true, 0)));
        assertFalse(ComplaintAct.RECORD_INVESTIGATION.isOpenTo(Roles.COMPLAINT_HANDLER::equals, "complaints", c,
                new ComplaintAct.Situation(2, 0, false, 0)));
        assertFalse(ComplaintAct.DECIDE.isOpenTo(Roles.COMPLAINT_HANDLER::equals, "complaints", c, new ComplaintAct.Situation(2, 0, false, 0)));
        assertTrue(ComplaintAct.DECIDE.isOpenTo(Roles.COMPLAINT_HANDLER::equals, "complaints", c, new ComplaintAct.Situation(2, 1, false, 0)));
    }

    @Test
    @DisplayName("art. 23: the head decides an extension, never one they asked for")
    void extensionByAnotherHead() {
        Complaint c = Complaints.accepted(AT);
        c.requestExtension(10, "复杂", "director", AT.plusDays(1));
        assertFalse(ComplaintAct.DECIDE_EXTENSION.isOpenTo(Roles.APPROVER::equals, "director", c, NOBODY));
        assertTrue(ComplaintAct.DECIDE_EXTENSION.isOpenTo(Roles.BUREAU_SUPERVISOR::equals, "supervisor", c, NOBODY));
        assertFalse(ComplaintAct.DECIDE_EXTENSION.isOpenTo(Roles.COMPLAINT_HANDLER::equals, "complaints", c, NOBODY));
    }
}
