package org.legalaid.complaints;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.complaints.Complaints.CALENDAR_2026;

/** The procedure of MoJ order 149 on one complaint. */
class ComplaintTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 2, 9, 0);

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).messageKey();
    }

    @Test
    @DisplayName("art. 7: a complaint names its respondent")
    void art7RefusesAComplaintWithoutRespondent() {
        ComplaintForm f = Complaints.form(ComplaintChannel.LETTER, RespondentType.LAWYER, LocalDate.of(2026, 10, 1));
        f.setRespondentId(null);
        assertEquals("complaints.respondentMissing", key(() -> new Complaint("TS-2222-2222-2", 3L, f, "", null, null, MONDAY, "complaints")));
    }

    @Test
    @DisplayName("art. 8: filed more than three years after knowing, it cannot be accepted, only declined as out of time")
    void art8OutOfTimeIsNotAccepted() {
        ComplaintForm f = Complaints.form(ComplaintChannel.LETTER, RespondentType.LAWYER, LocalDate.of(2023, 11, 1));
        Complaint c = new Complaint(ReceiptNumber.next(), 3L, f, "李律师", null, null, MONDAY, "complaints");
        assertTrue(c.isOutOfTime());
        assertEquals("complaints.accept.outOfTime", key(() -> c.accept(MONDAY)));
        c.decline(NonAcceptanceGround.OUT_OF_TIME, "知道之日起已超过三年", "青法援投不受〔2026〕1号", MONDAY);
        assertEquals(ComplaintStatus.NOT_ACCEPTED, c.getStatus());
    }

    @ParameterizedTest
    @EnumSource(NonAcceptanceGround.class)
    @DisplayName("art. 13–15: every ground of non-acceptance is recorded in writing with its reasons, never without")
    void art13DeclinedOnEachGroundWithReasons(NonAcceptanceGround ground) {
        Complaint c = Complaints.received(ComplaintChannel.LETTER, RespondentType.FIRM, MONDAY);
        assertEquals("complaints.textRequired", key(() -> c.decline(ground, " ", null, MONDAY)));
        c.decline(ground, "理由", "青法援投不受〔2026〕2号", MONDAY.plusDays(1));
        assertEquals(ground, c.getNonAcceptanceGround());
        assertEquals("理由", c.getReasons());
        assertEquals(ComplaintStatus.NOT_ACCEPTED, c.getStatus());
        assertEquals("complaints.wrongState", key(() -> c.accept(MONDAY.plusDays(2))));
    }

    @Test
    @DisplayName("art. 9: an oral complaint is confirmed by the complainant before it is accepted")
    void art9OralComplaintNeedsConfirmation() {
        Complaint c = Complaints.received(ComplaintChannel.HOTLINE_12348, RespondentType.LAWYER, MONDAY);
        assertEquals("complaints.oral.unconfirmed", key(() -> c.accept(MONDAY)));
        c.confirmOral(MONDAY.plusHours(1));
        c.accept(MONDAY.plusHours(2));
        assertEquals(ComplaintStatus.INVESTIGATING, c.getStatus());
        Complaint letter = Complaints.received(ComplaintChannel.LETTER, RespondentType.LAWYER, MONDAY);
        assertEquals("complaints.oral.notAwaiting", key(() -> letter.confirmOral(MONDAY)));
    }

    @Test
    @DisplayName("art. 12: missing information is asked for once, with a deadline; silence past it is abandonment")
    void art12MaterialsOnceThenAbandoned() {
        Complaint c = Complaints.received(ComplaintChannel.LETTER, RespondentType.LAWYER, MONDAY);
        assertEquals("complaints.materials.dueInPast", key(() -> c.requestMaterials("委托协议复印件", MONDAY.toLocalDate(), MONDAY)));
        c.requestMaterials("委托协议复印件；收款凭证", LocalDate.of(2026, 11, 17), MONDAY.plusHours(1));
        assertEquals(ComplaintStatus.AWAITING_MATERIALS, c.getStatus());
        assertEquals("complaints.materials.notOverdue", key(() -> c.abandon(LocalDateTime.of(2026, 11, 17, 23, 0))));
        c.abandon(LocalDateTime.of(2026, 11, 18, 6, 0));
        assertEquals(ComplaintStatus.ABANDONED, c.getStatus());

        Complaint answered = Complaints.received(ComplaintChannel.LETTER, RespondentType.LAWYER, MONDAY);
        answered.requestMaterials("收款凭证", LocalDate.of(2026, 11, 17), MONDAY.plusHours(1));
        answered.materialsReceived(LocalDateTime.of(2026, 11, 10, 15, 0));
        assertEquals(ComplaintStatus.RECEIVED, answered.getStatus());
        assertEquals("complaints.materials.once", key(() -> answered.requestMaterials("再要一次", LocalDate.of(2026, 11, 30), MONDAY.plusDays(9))));
        // asked on the day of receipt, answered on 10 November: 3 to 10 November stand still, 11–17 November count
        assertEquals(LocalDateTime.of(2026, 11, 18, 0, 0), answered.acceptanceDue(CALENDAR_2026));
    }

    @Test
    @DisplayName("art. 23: a repeat complaint is merged only into an accepted one about the same respondent")
    void art23MergeOnlySameRespondent() {
        Complaint first = Complaints.accepted(MONDAY);
        Complaint other = Complaints.received(ComplaintChannel.LETTER, RespondentType.FIRM, MONDAY.plusDays(1));
        assertEquals("complaints.merge.otherRespondent", key(() -> other.mergeInto(first, MONDAY.plusDays(2))));
        Complaint notYet = Complaints.received(ComplaintChannel.LETTER, RespondentType.LAWYER, MONDAY);
        Complaint repeat = Complaints.received(ComplaintChannel.LETTER, RespondentType.LAWYER, MONDAY);
        assertEquals("complaints.merge.target", key(() -> repeat.mergeInto(notYet, MONDAY.plusDays(2))));
    }

    @Test
    @DisplayName("art. 23: one extension of at most 30 days, approved by someone other than who asked, before the 60 days end")
    void art23ExtensionRules() {
        Complaint c = Complaints.accepted(LocalDateTime.of(2026, 3, 2, 10, 0));
        assertEquals("complaints.extension.days", key(() -> c.requestExtension(31, "复杂", "complaints", MONDAY)));
        assertEquals("complaints.extension.none", key(() -> c.decideExtension(true, "director", MONDAY, CALENDAR_2026)));
        c.requestExtension(20, "需要调取卷宗", "complaints", LocalDateTime.of(2026, 4, 1, 9, 0));
        assertEquals("complaints.extension.samePerson",
                key(() -> c.decideExtension(true, "complaints", LocalDateTime.of(2026, 4, 2, 9, 0), CALENDAR_2026)));
        assertEquals("complaints.extension.expired",
                key(() -> c.decideExtension(true, "director", LocalDateTime.of(2026, 5, 2, 0, 0), CALENDAR_2026)));
        c.decideExtension(true, "director", LocalDateTime.of(2026, 5, 1, 23, 0), CALENDAR_2026);
        assertEquals(20, c.getExtensionDays());
        assertEquals("complaints.extension.once", key(() -> c.requestExtension(10, "再延", "complaints", MONDAY)));
        c.notifyExtension(LocalDateTime.of(2026, 5, 1, 23, 30));
        assertEquals("complaints.extension.notToNotify", key(() -> c.notifyExtension(LocalDateTime.of(2026, 5, 1, 23, 40))));
    }

    @Test
    @DisplayName("art. 21–26: suspended, withdrawn ends it; decided, delivered and followed up when upheld")
    void art21To26DecisionAndFollowUp() {
        Complaint withdrawn = Complaints.accepted(MONDAY);
        withdrawn.suspend("纪检机关正在处理", MONDAY.plusDays(1));
        withdrawn.withdraw("投诉人撤回", MONDAY.plusDays(3));
        assertEquals(ComplaintStatus.WITHDRAWN, withdrawn.getStatus());

        Complaint c = Complaints.accepted(MONDAY);
        c.orderStop("立即停止向受援人收取费用", MONDAY.plusHours(1));
        c.decide(ComplaintOutcome.CRITICISM_AND_EDUCATION, "查证属实", "青法援投决〔2026〕1号", "complaints", MONDAY.plusDays(10));
        assertTrue(c.isUpheldAgainstLawyer());
        assertTrue(c.decidedInTime(CALENDAR_2026));
        assertEquals("complaints.wrongState", key(() -> c.followUp("已整改", MONDAY.plusDays(11))));
        c.deliver(MONDAY.plusDays(11));
        assertEquals(ComplaintStatus.DELIVERED, c.getStatus());
        c.followUp("律师已退还费用并书面检讨", MONDAY.plusDays(20));
        assertEquals(ComplaintStatus.CLOSED, c.getStatus());

        Complaint notUpheld = Complaints.accepted(MONDAY);
        notUpheld.decide(ComplaintOutcome.NOT_SUPPORTED, "查无实据", "青法援投决〔2026〕2号", "complaints", MONDAY.plusDays(5));
        assertFalse(notUpheld.isUpheldAgainstLawyer());
        notUpheld.deliver(MONDAY.plusDays(6));
        assertEquals(ComplaintStatus.CLOSED, notUpheld.getStatus(), "nothing to follow up when not upheld");
    }

    private static Complaint online(RespondentType type, String words) {
        PublicComplaintForm f = new PublicComplaintForm();
        f.setComplainantName("李秀英");
        f.setComplainantPhone("13912345678");
        f.setRespondentType(type);
        f.setRespondentName(words);
        f.setGround(ComplaintGround.REFUSED_OR_DELAYED_SERVICE);
        f.setFacts("窗口拒收申请材料。");
        f.setKnewOn(MONDAY.toLocalDate().minusDays(5));
        return Complaint.filedOnline(ReceiptNumber.next(), 3L, f, MONDAY);
    }

    @Test
    @DisplayName("art. 9, 15: an online complaint's respondent named in words is linked to the registries before acceptance, the words kept beside it")
    void onlineRespondentLinkedBeforeAcceptance() {
        Complaint c = online(RespondentType.STAFF, "窗口姓钱的工作人员");
        assertFalse(c.isRespondentLinked());
        assertEquals("complaints.accept.respondentUnlinked", key(() -> c.accept(MONDAY.plusDays(1))));
        assertEquals(ComplaintStatus.RECEIVED, c.getStatus());
        assertEquals("complaints.respondentMissing", key(() -> c.linkRespondent(RespondentType.STAFF, null, " ", "钱某", 4L)),
                "neither id nor user name");
        assertEquals("complaints.respondentMissing", key(() -> c.linkRespondent(RespondentType.CENTRE, 4L, "qian", "中心", 4L)),
                "both");

        c.linkRespondent(RespondentType.STAFF, null, "qianli", "钱立", 4L);
        assertTrue(c.isRespondentLinked());
        assertEquals("钱立", c.getRespondentName());
        assertEquals("窗口姓钱的工作人员", c.getRespondentWords());
        assertEquals(4L, c.getRespondentUnitId());
        c.linkRespondent(RespondentType.CENTRE, 4L, null, "市南区法律援助中心", 4L);
        assertEquals("窗口姓钱的工作人员", c.getRespondentWords(), "a second link keeps the complainant's own words");
        assertEquals(null, c.getRespondentUsername(), "and drops the first pick");
        c.accept(MONDAY.plusDays(1));
        assertEquals(ComplaintStatus.INVESTIGATING, c.getStatus());
        assertEquals("complaints.wrongState", key(() -> c.linkRespondent(RespondentType.CENTRE, 5L, null, "市北", 5L)),
                "linked before acceptance, not after");
    }

    @Test
    @DisplayName("a complaint written down by staff had its respondent picked then: nothing to link")
    void staffComplaintIsLinkedAlready() {
        Complaint c = Complaints.received(ComplaintChannel.LETTER, RespondentType.LAWYER, MONDAY);
        assertTrue(c.isRespondentLinked());
        assertEquals("complaints.respondent.notOnline", key(() -> c.linkRespondent(RespondentType.LAWYER, 8L, null, "另一律师", null)));
    }
}
