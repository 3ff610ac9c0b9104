package org.legalaid.complaints;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.complaints.InvestigatorRules.Candidate;
import org.legalaid.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Two investigators at least (art. 16), none with a conflict (art. 18). */
class InvestigatorRulesTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 2, 9, 0);

    @Test
    @DisplayName("art. 16: one investigator is refused; two are enough; the active ones count")
    void art16TwoInvestigators() {
        Complaint c = Complaints.accepted(AT);
        BusinessException one = assertThrows(BusinessException.class,
                () -> InvestigatorRules.checkTeam(c, List.of(), List.of(new Candidate("inv1", 1L, false))));
        assertEquals("complaints.investigators.twoRequired", one.messageKey());
        assertDoesNotThrow(() -> InvestigatorRules.checkTeam(c, List.of(),
                List.of(new Candidate("inv1", 1L, false), new Candidate("inv2", 1L, false))));
        assertDoesNotThrow(() -> InvestigatorRules.checkTeam(c, List.of("inv1"), List.of(new Candidate("inv3", 1L, false))));
        assertEquals("complaints.investigators.duplicate", assertThrows(BusinessException.class,
                () -> InvestigatorRules.checkTeam(c, List.of("inv1"), List.of(new Candidate("INV1", 1L, false)))).messageKey());
    }

    @Test
    @DisplayName("art. 18: the staff member complained about, a colleague of the unit complained about, the case's supervisor and a declared relation must recuse")
    void art18Conflicts() {
        Complaint staff = Complaints.received(ComplaintChannel.LETTER, RespondentType.STAFF, AT); // zhangsan of unit 4, case supervisor casesup
        assertEquals(Set.of(ConflictReason.IS_RESPONDENT, ConflictReason.SAME_UNIT_AS_RESPONDENT),
                InvestigatorRules.conflictsOf(new Candidate("zhangsan", 4L, false), staff));
        assertEquals(Set.of(ConflictReason.SAME_UNIT_AS_RESPONDENT), InvestigatorRules.conflictsOf(new Candidate("lisi", 4L, false), staff));
        assertEquals(Set.of(ConflictReason.CASE_SUPERVISOR), InvestigatorRules.conflictsOf(new Candidate("casesup", 1L, false), staff));
        assertEquals(Set.of(ConflictReason.DECLARED_RELATION), InvestigatorRules.conflictsOf(new Candidate("wangwu", 1L, true), staff));
        assertEquals(Set.of(), InvestigatorRules.conflictsOf(new Candidate("wangwu", 1L, false), staff));

        Complaint lawyer = Complaints.accepted(AT);
        assertEquals(Set.of(), InvestigatorRules.conflictsOf(new Candidate("lisi", 4L, false), lawyer),
                "a lawyer's complaint puts no unit in conflict");
        BusinessException e = assertThrows(BusinessException.class, () -> InvestigatorRules.checkTeam(lawyer, List.of(),
                List.of(new Candidate("inv1", 1L, false), new Candidate("casesup", 1L, false))));
        assertEquals("complaints.investigators.conflict", e.messageKey());
        assertEquals("casesup", e.arguments()[0]);
    }

    @Test
    @DisplayName("art. 18: a party's request for recusal is decided by the head; granted, the investigator steps aside")
    void art18RecusalOnRequest() {
        Investigator inv = new Investigator(1L, "inv1", 1L, "complaints", AT);
        assertEquals("complaints.recusal.none", assertThrows(BusinessException.class, () -> inv.decideRecusal(true, "director", AT)).messageKey());
        inv.requestRecusal("与被投诉律师系同学", AT);
        assertEquals("complaints.recusal.pending", assertThrows(BusinessException.class, () -> inv.requestRecusal("又一次", AT)).messageKey());
        inv.decideRecusal(false, "director", AT.plusHours(1));
        assertEquals(true, inv.isActive());
        inv.requestRecusal("新的理由", AT.plusHours(2));
        inv.decideRecusal(true, "director", AT.plusHours(3));
        assertEquals(false, inv.isActive());
    }

    @Test
    @DisplayName("art. 17: an interview is signed by the person interviewed")
    void art17InterviewSigned() {
        assertEquals("complaints.record.unsigned", assertThrows(BusinessException.class, () -> new InvestigationRecord(1L,
                InvestigationKind.INTERVIEW, "李律师", false, "询问内容", "inv1", AT)).messageKey());
        assertDoesNotThrow(() -> new InvestigationRecord(1L, InvestigationKind.FILE_REVIEW, null, false, "调阅卷宗", "inv1", AT));
    }
}
