package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.SubjectType;
import org.legalaid.shared.BusinessException;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closing submission and the centre's review (LAL art. 50; docs/domain.md "Case lifecycle" 9). */
class ClosingSubmissionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    static LegalCase endedCase() throws Exception {
        return endedCase(MatterType.CIVIL);
    }

    static LegalCase endedCase(MatterType type) throws Exception {
        LegalCase c = new LegalCase("青法援案〔2026〕7号",
                new LegalCase.Origin(SubjectType.APPLICATION, 1050, 3, type, null, "王桂兰", "#1050 王桂兰",
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)),
                new LegalCase.AssignedLawyer(7, 951, "李明", "青岛明德律师事务所"), LocalDate.of(2026, 3, 8), NOW, TODAY);
        Field id = LegalCase.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(c, 4711L);
        c.recordCaseEnded(LocalDate.of(2026, 10, 1), TODAY);
        return c;
    }

    private static ClosingSubmission.HandIn handIn(Set<CaseFileItem> present) {
        return new ClosingSubmission.HandIn(CaseOutcome.JUDGMENT, "一审判决支持赡养费诉请", "结案报告：……", null, TODAY, present);
    }

    private static Set<CaseFileItem> all(CaseOutcome outcome) {
        return CaseFileItem.requiredFor(new CaseFileItem.CaseKind(false, false, outcome));
    }

    private static Map<CaseFileItem, ClosingSubmission.Finding> acceptAll(ClosingSubmission s) {
        Map<CaseFileItem, ClosingSubmission.Finding> out = new EnumMap<>(CaseFileItem.class);
        s.getLines().stream().filter(ChecklistLine::isPresent)
                .forEach(l -> out.put(l.getItem(), new ClosingSubmission.Finding(ItemVerdict.ACCEPTED, null)));
        return out;
    }

    @Test
    @DisplayName("the checklist lists every required item, and an item handed in although not required")
    void checklist() throws Exception {
        EnumSet<CaseFileItem> present = EnumSet.copyOf(all(CaseOutcome.JUDGMENT));
        present.add(CaseFileItem.FILE_REVIEW_RECORD);
        ClosingSubmission s = new ClosingSubmission(endedCase(), 1, handIn(present), "supervisor", NOW);
        assertEquals(all(CaseOutcome.JUDGMENT).size() + 1, s.getLines().size());
        assertTrue(s.line(CaseFileItem.FILE_REVIEW_RECORD).orElseThrow().isPresent());
        assertEquals(false, s.line(CaseFileItem.FILE_REVIEW_RECORD).orElseThrow().isRequired());
        assertEquals(LocalDate.of(2026, 10, 1), s.getEndedOn());
    }

    @Test
    @DisplayName("four eyes: the person who recorded the hand-in cannot review it")
    void fourEyes() throws Exception {
        ClosingSubmission s = new ClosingSubmission(endedCase(), 1, handIn(all(CaseOutcome.JUDGMENT)), "supervisor", NOW);
        BusinessException e = assertThrows(BusinessException.class, () -> s.review(acceptAll(s), "supervisor", NOW));
        assertEquals("cases.closing.fourEyes", e.messageKey());
        assertNull(s.getResult());
    }

    @Test
    @DisplayName("an item not handed in (会见笔录) is found missing and the file is returned with it listed")
    void missingItemReturns() throws Exception {
        EnumSet<CaseFileItem> present = EnumSet.copyOf(all(CaseOutcome.JUDGMENT));
        present.remove(CaseFileItem.MEETING_RECORD);
        ClosingSubmission s = new ClosingSubmission(endedCase(), 1, handIn(present), "supervisor", NOW);
        Map<CaseFileItem, ClosingSubmission.Finding> f = acceptAll(s);
        f.put(CaseFileItem.MEETING_RECORD, new ClosingSubmission.Finding(null, "请补交全部会见笔录"));
        assertEquals(ClosingResult.RETURNED, s.review(f, "reviewer", NOW));
        assertEquals(List.of(CaseFileItem.MEETING_RECORD), s.outstandingItems());
        ChecklistLine line = s.line(CaseFileItem.MEETING_RECORD).orElseThrow();
        assertEquals(ItemVerdict.MISSING, line.getVerdict());
        assertEquals("请补交全部会见笔录", line.getNote());
    }

    @Test
    @DisplayName("a defect needs a note; a defective item returns the file; a present item needs a finding")
    void defects() throws Exception {
        ClosingSubmission s = new ClosingSubmission(endedCase(), 1, handIn(all(CaseOutcome.JUDGMENT)), "supervisor", NOW);
        Map<CaseFileItem, ClosingSubmission.Finding> f = acceptAll(s);
        f.put(CaseFileItem.SIGNED_OPINION, new ClosingSubmission.Finding(ItemVerdict.DEFECTIVE, " "));
        assertEquals("cases.closing.noteRequired", assertThrows(BusinessException.class, () -> s.review(f, "reviewer", NOW)).messageKey());
        f.remove(CaseFileItem.SIGNED_OPINION);
        assertEquals("cases.closing.findingRequired", assertThrows(BusinessException.class, () -> s.review(f, "reviewer", NOW)).messageKey());
        f.put(CaseFileItem.SIGNED_OPINION, new ClosingSubmission.Finding(ItemVerdict.DEFECTIVE, "代理词无律师签名"));
        assertEquals(ClosingResult.RETURNED, s.review(f, "reviewer", NOW));
        assertEquals(List.of(CaseFileItem.SIGNED_OPINION), s.outstandingItems());
        assertEquals("cases.closing.alreadyReviewed", assertThrows(BusinessException.class,
                () -> s.review(acceptAll(s), "reviewer", NOW)).messageKey());
    }

    @Test
    @DisplayName("the review passes only when every required item is present and accepted; only a passed file is archived")
    void passAndArchive() throws Exception {
        ClosingSubmission s = new ClosingSubmission(endedCase(), 1, handIn(all(CaseOutcome.JUDGMENT)), "supervisor", NOW);
        assertEquals(ClosingResult.PASSED, s.review(acceptAll(s), "reviewer", NOW));
        s.archive("青法援案〔2026〕7号", "reviewer", NOW);
        assertEquals("reviewer", s.getArchivedBy());
    }

    @Test
    @DisplayName("a file without the signed opinion cannot be archived, and the message names the item")
    void archiveRefusedNamesItem() throws Exception {
        EnumSet<CaseFileItem> present = EnumSet.copyOf(all(CaseOutcome.JUDGMENT));
        present.remove(CaseFileItem.SIGNED_OPINION);
        ClosingSubmission s = new ClosingSubmission(endedCase(), 1, handIn(present), "supervisor", NOW);
        BusinessException before = assertThrows(BusinessException.class, () -> s.archive("7号", "reviewer", NOW));
        assertEquals("cases.archive.outstanding", before.messageKey());
        assertEquals(CaseFileItem.SIGNED_OPINION.labelKey(), before.arguments()[1]);
        s.review(acceptAll(s), "reviewer", NOW);
        BusinessException after = assertThrows(BusinessException.class, () -> s.archive("7号", "reviewer", NOW));
        assertEquals(CaseFileItem.SIGNED_OPINION.labelKey(), after.arguments()[1]);
    }

    @Test
    @DisplayName("a closing report is required")
    void reportRequired() {
        assertEquals("cases.closing.reportRequired", assertThrows(BusinessException.class, () -> new ClosingSubmission(endedCase(), 1,
                new ClosingSubmission.HandIn(CaseOutcome.JUDGMENT, null, "  ", null, TODAY, Set.of()), "s", NOW)).messageKey());
    }

    @Test
    @DisplayName("the case end: before the assignment refused; a handling entry after the end refused; the case stays in handling")
    void caseEnded() throws Exception {
        LegalCase c = endedCase();
        assertEquals(CaseStatus.HANDLING, c.getStatus());
        assertEquals("cases.date.before", assertThrows(BusinessException.class,
                () -> c.recordCaseEnded(LocalDate.of(2026, 3, 7), TODAY)).messageKey());
        assertEquals(LocalDate.of(2026, 10, 1), c.getEndedOn(), "nothing changed by the refused date");
        assertEquals("cases.date.before", assertThrows(BusinessException.class,
                () -> c.recordHandling(LocalDate.of(2026, 10, 5), TODAY)).messageKey());
        c.recordHandling(LocalDate.of(2026, 9, 30), TODAY);
        assertEquals("cases.date.before", assertThrows(BusinessException.class,
                () -> c.recordCaseEnded(LocalDate.of(2026, 9, 29), TODAY)).messageKey(), "not before the latest handling entry");
        assertEquals("cases.date.future", assertThrows(BusinessException.class,
                () -> c.recordCaseEnded(TODAY.plusDays(1), TODAY)).messageKey());
        c.submitClosing(null, TODAY, TODAY);
        assertEquals(CaseStatus.SUBMITTED, c.getStatus());
        assertEquals(LocalDate.of(2026, 10, 1), c.getEndedOn());
    }

    @Test
    @DisplayName("a labour-arbitration case cannot be handed in as 判决 or 裁定; its checklist asks for the award, not the court's documents (issue 18)")
    void labourArbitrationFollowsItsProceeding() throws Exception {
        LegalCase c = endedCase(MatterType.LABOUR_ARBITRATION);
        BusinessException e = assertThrows(BusinessException.class, () -> ClosingSubmission.checkOutcome(c, CaseOutcome.JUDGMENT));
        assertEquals("cases.closing.outcomeProceeding", e.messageKey());
        ClosingSubmission.checkOutcome(c, CaseOutcome.AWARD);
        ClosingSubmission s = new ClosingSubmission(c, 1, new ClosingSubmission.HandIn(CaseOutcome.AWARD, "裁决支持工资诉请",
                "结案报告：……", null, TODAY, Set.of()), "supervisor", NOW);
        assertTrue(s.line(CaseFileItem.ARBITRAL_DOCUMENT).orElseThrow().isRequired());
        assertTrue(s.line(CaseFileItem.ARBITRATION_RECORD).orElseThrow().isRequired());
        assertTrue(s.line(CaseFileItem.COURT_DOCUMENT).isEmpty());
        assertTrue(s.line(CaseFileItem.TRIAL_RECORD).isEmpty());
        assertEquals("cases.closing.outcomeProceeding", assertThrows(BusinessException.class,
                () -> ClosingSubmission.checkOutcome(endedCase(MatterType.CIVIL), CaseOutcome.AWARD)).messageKey());
    }

    @Test
    @DisplayName("every item handed in starts undecided: no verdict until the reviewer gives one, and a review leaving one undecided is refused and stores nothing")
    void itemsStartUndecided() throws Exception {
        ClosingSubmission s = new ClosingSubmission(endedCase(), 1, handIn(all(CaseOutcome.JUDGMENT)), "supervisor", NOW);
        s.getLines().forEach(l -> assertNull(l.getVerdict(), l.getItem().name()));
        Map<CaseFileItem, ClosingSubmission.Finding> f = acceptAll(s);
        f.put(CaseFileItem.CLOSING_REPORT, new ClosingSubmission.Finding(null, null));
        assertEquals("cases.closing.findingRequired", assertThrows(BusinessException.class, () -> s.review(f, "reviewer", NOW)).messageKey());
        assertNull(s.getResult());
        assertNull(s.getReviewedBy());
        s.getLines().forEach(l -> assertNull(l.getVerdict(), "a refused review judged " + l.getItem().name()));
    }
}
