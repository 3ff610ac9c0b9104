package org.legalaid.it.cases;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.CaseDocument;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.CaseOutcome;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.ChecklistLine;
import org.legalaid.cases.ClosingForm;
import org.legalaid.cases.ClosingResult;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.ItemVerdict;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.cases.boundary.CaseService;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.DocumentStorage;
import org.legalaid.shared.Role;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Closing and archive (LAL art. 50; docs/domain.md lifecycle 9; issue 5)")
class ClosingServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(ClosingServiceIT.class, ClosingServiceIT.LazyStream.class),
                Stream.of(CaseFixtures.CLASSES)).toArray(Class<?>[]::new));
    }

    @Inject
    private CaseFixtures f;

    @Inject
    private ClosingService closing;

    @Inject
    private CaseService cases;

    @Inject
    private CaseClockService clocks;

    @Inject
    private Fixtures fixtures;

    private LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        today = LocalDate.now(ChinaTime.ZONE);
    }

    private ClosingForm form(CaseOutcome outcome, LocalDate endedOn, Set<CaseFileItem> present) {
        ClosingForm form = new ClosingForm();
        form.setOutcome(outcome);
        form.setOutcomeText("一审判决被告每月支付赡养费800元");
        form.setReport("承办律师会见受援人三次，阅卷一次，出庭一次，判决支持诉请。");
        form.setEndedOn(endedOn);
        form.setSubmittedOn(today);
        form.setPresent(present);
        return form;
    }

    private static Set<CaseFileItem> required(LegalCase c, CaseOutcome outcome) {
        return CaseFileItem.requiredFor(ClosingSubmission.kindOf(c, outcome));
    }

    private static Set<CaseFileItem> without(Set<CaseFileItem> items, CaseFileItem missing) {
        EnumSet<CaseFileItem> out = EnumSet.copyOf(items);
        out.remove(missing);
        return out;
    }

    private static Map<CaseFileItem, ClosingSubmission.Finding> acceptPresent(ClosingSubmission s) {
        Map<CaseFileItem, ClosingSubmission.Finding> out = new EnumMap<>(CaseFileItem.class);
        for (ChecklistLine l : s.getLines()) {
            out.put(l.getItem(), new ClosingSubmission.Finding(l.isPresent() ? ItemVerdict.ACCEPTED : null, null));
        }
        return out;
    }

    private List<ClockReading> clocksOf(LegalCase c, ClockStep step) throws Exception {
        return f.supervisor.call(() -> clocks.findClocks(c.getId())).stream().filter(k -> k.step() == step).toList();
    }

    private long rows(String entity, LegalCase c) {
        return fixtures.count("select count(x) from " + entity + " x where x.caseId = " + c.getId());
    }

    @Test
    @DisplayName("the review gate: a file without the signed opinion cannot be archived, the message names the item; returned, completed, passed, archived, payable")
    void reviewGate() throws Exception {
        LegalCase c = f.civilCase();
        f.supervisor.call(() -> closing.recordCaseEnded(c.getId(), today));
        assertEquals(1, clocksOf(c, ClockStep.CLOSING_SUBMISSION).stream().filter(ClockReading::isOpen).count(),
                "the case's end starts the 30 days of the closing submission");

        Set<CaseFileItem> all = required(c, CaseOutcome.JUDGMENT);
        assertTrue(all.contains(CaseFileItem.SIGNED_OPINION));
        ClosingSubmission first = f.supervisor.call(() -> closing.submit(c.getId(),
                form(CaseOutcome.JUDGMENT, null, without(all, CaseFileItem.SIGNED_OPINION))));
        assertEquals(1, first.getRound());
        assertTrue(clocksOf(c, ClockStep.CLOSING_SUBMISSION).stream().noneMatch(ClockReading::isOpen), "the submission completes its clock");
        assertEquals(1, clocksOf(c, ClockStep.CLOSING_REVIEW).stream().filter(ClockReading::isOpen).count(), "the review clock starts");

        BusinessException refused = assertThrows(BusinessException.class, () -> f.reviewer.call(() -> closing.archive(c.getId())));
        assertEquals("cases.archive.outstanding", refused.messageKey());
        assertEquals(CaseFileItem.SIGNED_OPINION.labelKey(), refused.arguments()[1], "the message names the signed opinion");

        ClosingSubmission reviewed = f.reviewer.call(() -> closing.review(c.getId(), acceptPresent(first)));
        assertEquals(ClosingResult.RETURNED, reviewed.getResult());
        assertEquals(List.of(CaseFileItem.SIGNED_OPINION), reviewed.outstandingItems());
        assertEquals(CaseStatus.RETURNED, f.supervisor.call(() -> cases.getCase(c.getId())).getStatus());
        assertEquals("cases.archive.outstanding", assertThrows(BusinessException.class,
                () -> f.reviewer.call(() -> closing.archive(c.getId()))).messageKey());
        assertTrue(clocksOf(c, ClockStep.CLOSING_REVIEW).stream().noneMatch(ClockReading::isOpen));

        ClosingSubmission second = f.supervisor.call(() -> closing.submit(c.getId(), form(CaseOutcome.JUDGMENT, null, all)));
        assertEquals(2, second.getRound());
        assertEquals(ClosingResult.PASSED, f.approver.call(() -> closing.review(c.getId(), acceptPresent(second))).getResult());
        LegalCase archived = f.approver.call(() -> closing.archive(c.getId()));
        assertEquals(CaseStatus.ARCHIVED, archived.getStatus());
        assertTrue(archived.isPayable());
        assertEquals(2, f.supervisor.call(() -> closing.findSubmissions(c.getId())).size(), "the returned hand-in stays on record");

        List<String> kinds = f.supervisor.call(() -> cases.findTimeline(c.getId())).stream().map(TimelineEntry::kindKey).toList();
        assertTrue(kinds.containsAll(List.of("caseTimeline.CLOSING_SUBMITTED", "caseTimeline.CLOSING_RETURNED",
                "caseTimeline.CLOSING_PASSED", "caseTimeline.CLOSING_ARCHIVED")), kinds.toString());
        String returnedNote = f.supervisor.call(() -> cases.findTimeline(c.getId())).stream()
                .filter(t -> t.kindKey().equals("caseTimeline.CLOSING_RETURNED")).findFirst().orElseThrow().note();
        assertTrue(returnedNote.contains("辩护词/代理词（签名）（缺失）"), returnedNote);
    }

    @Test
    @DisplayName("issue 18: a labour arbitration is not closed by 判决 (refused, nothing stored); handed in by award, its file asks for the award and the arbitration record, not the court's documents; a review leaving an item undecided is refused")
    void labourArbitrationClosesByAwardAndEveryItemIsJudged() throws Exception {
        LegalCase c = f.arbitrationCase("周立新");
        f.supervisor.call(() -> closing.recordCaseEnded(c.getId(), today));
        Set<CaseFileItem> judgmentItems = required(c, CaseOutcome.JUDGMENT);
        BusinessException wrong = assertThrows(BusinessException.class, () -> f.supervisor.call(() -> closing.submit(c.getId(),
                form(CaseOutcome.JUDGMENT, null, judgmentItems))));
        assertEquals("cases.closing.outcomeProceeding", wrong.messageKey());
        assertEquals(0, rows("ClosingSubmission", c), "a refused hand-in stores nothing");

        Set<CaseFileItem> awardItems = required(c, CaseOutcome.AWARD);
        assertTrue(awardItems.containsAll(Set.of(CaseFileItem.ARBITRAL_DOCUMENT, CaseFileItem.ARBITRATION_RECORD)), awardItems.toString());
        assertFalse(awardItems.contains(CaseFileItem.COURT_DOCUMENT));
        assertFalse(awardItems.contains(CaseFileItem.TRIAL_RECORD));
        ClosingSubmission s = f.supervisor.call(() -> closing.submit(c.getId(), form(CaseOutcome.AWARD, null, awardItems)));
        assertTrue(s.getLines().stream().allMatch(l -> l.getVerdict() == null), "every item starts undecided");

        Map<CaseFileItem, ClosingSubmission.Finding> findings = acceptPresent(s);
        findings.put(CaseFileItem.ARBITRAL_DOCUMENT, new ClosingSubmission.Finding(null, null));
        BusinessException undecided = assertThrows(BusinessException.class, () -> f.reviewer.call(() -> closing.review(c.getId(), findings)));
        assertEquals("cases.closing.findingRequired", undecided.messageKey());
        assertEquals(CaseFileItem.ARBITRAL_DOCUMENT.labelKey(), undecided.arguments()[0]);
        ClosingSubmission stored = f.supervisor.call(() -> closing.findSubmissions(c.getId())).get(0);
        assertEquals(null, stored.getResult(), "the refused review stored no result");
        assertTrue(stored.getLines().stream().allMatch(l -> l.getVerdict() == null), "and judged no item");

        assertEquals(ClosingResult.PASSED, f.reviewer.call(() -> closing.review(c.getId(), acceptPresent(s))).getResult());
    }

    @Test
    @DisplayName("four eyes: who recorded the hand-in cannot review it, even holding the reviewer's role; a case supervisor cannot review at all")
    void recorderIsNotReviewer() throws Exception {
        LegalCase c = f.civilCase();
        fixtures.account(f.username("both"), f.tree().districtA(), f.password(), Role.CASE_SUPERVISOR, Role.REVIEWER);
        As both = As.user(f.username("both"), Role.CASE_SUPERVISOR, Role.REVIEWER);
        ClosingSubmission s = both.call(() -> closing.submit(c.getId(),
                form(CaseOutcome.JUDGMENT, today, required(c, CaseOutcome.JUDGMENT))));
        BusinessException e = assertThrows(BusinessException.class, () -> both.call(() -> closing.review(c.getId(), acceptPresent(s))));
        assertEquals("cases.closing.fourEyes", e.messageKey());
        assertThrows(EJBAccessException.class, () -> f.supervisor.call(() -> closing.review(c.getId(), acceptPresent(s))));
        assertEquals(CaseStatus.SUBMITTED, f.supervisor.call(() -> cases.getCase(c.getId())).getStatus(), "nothing changed");
        assertEquals(ClosingResult.PASSED, f.reviewer.call(() -> closing.review(c.getId(), acceptPresent(s))).getResult());
    }

    @Test
    @DisplayName("seed 004: a closing dated before the assignment is refused with the message, and nothing is saved")
    void closingBeforeAssignmentRefused() throws Exception {
        LegalCase c = f.civilCase();
        BusinessException e = assertThrows(BusinessException.class, () -> f.supervisor.call(() -> closing.submit(c.getId(),
                form(CaseOutcome.JUDGMENT, today.minusDays(1), required(c, CaseOutcome.JUDGMENT)))));
        assertEquals("cases.date.before", e.messageKey());
        LegalCase after = f.supervisor.call(() -> cases.getCase(c.getId()));
        assertEquals(CaseStatus.HANDLING, after.getStatus());
        assertEquals(null, after.getEndedOn());
        assertEquals(0, rows("ClosingSubmission", c));
        assertTrue(clocksOf(c, ClockStep.CLOSING_REVIEW).isEmpty());
        assertEquals("cases.date.before", assertThrows(BusinessException.class,
                () -> f.supervisor.call(() -> closing.recordCaseEnded(c.getId(), today.minusDays(1)))).messageKey());
        assertTrue(clocksOf(c, ClockStep.CLOSING_SUBMISSION).isEmpty());
    }

    @Test
    @DisplayName("an executable renamed .pdf is refused as a program and leaves no row; a real PDF is kept with its SHA-256 and downloads the same")
    void attachmentsCheckedByContent() throws Exception {
        LegalCase c = f.civilCase();
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        BusinessException e = assertThrows(BusinessException.class, () -> f.supervisor.call(() -> closing.attach(c.getId(),
                CaseFileItem.SIGNED_OPINION, "代理词.pdf", new ByteArrayInputStream(exe))));
        assertEquals("shared.document.executable", e.messageKey());
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals("shared.document.executable", assertThrows(BusinessException.class, () -> f.supervisor.call(
                () -> closing.attach(c.getId(), CaseFileItem.SIGNED_OPINION, "代理词.pdf", new ByteArrayInputStream(elf)))).messageKey());
        assertEquals(0, rows("CaseDocument", c), "a refused file leaves no row");

        byte[] pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        CaseDocument d = f.supervisor.call(() -> closing.attach(c.getId(), CaseFileItem.MEETING_RECORD, "会见笔录.pdf",
                new ByteArrayInputStream(pdf)));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), d.getSha256());
        assertEquals(pdf.length, d.getSizeBytes());
        assertEquals(DocumentStorage.DATABASE, d.getStorage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.reviewer.run(() -> closing.writeContent(d.getId(), out));
        assertArrayEquals(pdf, out.toByteArray());
        assertTrue(fixtures.count("select count(a) from AuditEntry a where a.entityType = 'CaseDocument' and a.entityId = '"
                + d.getId() + "' and a.action = org.legalaid.shared.AuditAction.READ") >= 1, "the download is audited");
        assertThrows(Exception.class, () -> f.outsider.run(() -> closing.writeContent(d.getId(), new ByteArrayOutputStream())),
                "another district's staff cannot download it");
    }

    @Test
    @DisplayName("a 200 MB upload is refused with the limit in the message after reading no more than the limit, and leaves no row")
    void hugeUploadRefused() throws Exception {
        LegalCase c = f.civilCase();
        LazyStream huge = new LazyStream(200L * 1024 * 1024);
        BusinessException e = assertThrows(BusinessException.class, () -> f.supervisor.call(() -> closing.attach(c.getId(),
                CaseFileItem.TRIAL_RECORD, "庭审录像.pdf", huge)));
        assertEquals("shared.document.tooLarge", e.messageKey());
        assertEquals(20L, ((Number) e.arguments()[1]).longValue());
        assertTrue(huge.read <= 21L * 1024 * 1024, "stopped at the limit, read " + huge.read);
        assertEquals(0, rows("CaseDocument", c));
    }

    @Test
    @DisplayName("the hand-in releases the lawyer's capacity once, even when the file is handed in again")
    void capacityReleased() throws Exception {
        LegalCase c = f.civilCase();
        String busy = "select count(l) from Lawyer l where l.id = " + c.getLawyerId() + " and l.openCases = 1";
        String free = "select count(l) from Lawyer l where l.id = " + c.getLawyerId() + " and l.openCases = 0";
        assertEquals(1, fixtures.count(busy));
        ClosingSubmission s = f.supervisor.call(() -> closing.submit(c.getId(),
                form(CaseOutcome.JUDGMENT, today, without(required(c, CaseOutcome.JUDGMENT), CaseFileItem.MEETING_RECORD))));
        assertEquals(1, fixtures.count(free), "capacity released at the hand-in");
        assertEquals(1, fixtures.count("select count(a) from Assignment a where a.id = " + c.getAssignmentId()
                + " and a.closedOn is not null"));
        f.reviewer.call(() -> closing.review(c.getId(), acceptPresent(s)));
        f.supervisor.call(() -> closing.submit(c.getId(), form(CaseOutcome.JUDGMENT, null, required(c, CaseOutcome.JUDGMENT))));
        assertEquals(1, fixtures.count(free), "not released twice");
        assertFalse(f.supervisor.call(() -> cases.getCase(c.getId())).isPayable());
    }

    /** 200 MB that exist only as they are read: a PDF header, then zeros; counts what was read. */
    public static final class LazyStream extends InputStream {
        private final long size;
        long read;

        LazyStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            int b = read < head.length ? head[(int) read] : 0;
            read++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            for (int i = 0; i < n; i++) {
                buffer[off + i] = (byte) read();
            }
            return n;
        }
    }
}
