package org.legalaid.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.intake.SubjectType;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The lawyer's closing submission 结案材料提交 (LAL art. 50) and the centre's review of it (docs/domain.md
 * "Case lifecycle" 9). Staff record it for the lawyer who hands in the file (there is no lawyer
 * login): the outcome, the closing report, the checklist of the file's items as handed in. A file
 * returned for completion keeps this submission with its findings; the lawyer's next hand-in is a
 * new submission (the next round), so the list of what was sent back stays on record.
 *
 * <p>Rules held here: the checklist lists every item the case needs ({@link CaseFileItem#requiredFor})
 * and every item handed in; the review is made by someone other than the person who recorded the
 * submission (four eyes; the database checks it too); an item not handed in is found missing; a
 * defect needs a note; the review passes only when every required item is present and accepted and
 * nothing handed in is defective; only a passed submission is archived.
 */
@Entity
@Table(name = "closing_submission")
public class ClosingSubmission implements Serializable {

    public static final int OUTCOME_TEXT_MAX = 500;
    public static final int REPORT_MAX = 4000;

    @Id
    @SequenceGenerator(name = "closing_submission_seq", sequenceName = "closing_submission_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "closing_submission_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "hand_in_round", nullable = false, updatable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20, updatable = false)
    private CaseOutcome outcome;

    @Column(name = "outcome_text", length = OUTCOME_TEXT_MAX, updatable = false)
    private String outcomeText;

    @Column(name = "report", nullable = false, length = REPORT_MAX, updatable = false)
    private String report;

    @Column(name = "ended_on", nullable = false, updatable = false)
    private LocalDate endedOn;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn;

    @Column(name = "lawyer_name", length = LegalCase.NAME_MAX, updatable = false)
    private String lawyerName;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", length = 20)
    private ClosingResult result;

    @Column(name = "reviewed_by", length = UserName.MAX)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "archived_by", length = UserName.MAX)
    private String archivedBy;

    @Column(name = "archived_at")
    private OffsetDateTime archivedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "closing_item", joinColumns = @JoinColumn(name = "submission_id"))
    private List<ChecklistLine> lines = new ArrayList<>();

    protected ClosingSubmission() {
        // for JPA
    }

    /** What the lawyer handed in, as staff record it. */
    public record HandIn(CaseOutcome outcome, String outcomeText, String report, LocalDate endedOn,
                         LocalDate submittedOn, Set<CaseFileItem> present) {
        public HandIn {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(submittedOn, "submittedOn");
            present = present == null || present.isEmpty() ? EnumSet.noneOf(CaseFileItem.class) : EnumSet.copyOf(present);
        }
    }

    /**
     * Records a hand-in of the file of {@code c} (round 1, or the next round after a return).
     *
     * @throws BusinessException {@code cases.closing.reportRequired} without a closing report
     */
    public ClosingSubmission(LegalCase c, int round, HandIn in, String recordedBy, OffsetDateTime recordedAt) {
        if (in.report() == null || in.report().isBlank()) {
            throw new BusinessException("cases.closing.reportRequired");
        }
        this.caseId = Objects.requireNonNull(c.getId(), "case id");
        this.unitId = c.getUnitId();
        this.round = round;
        this.outcome = in.outcome();
        this.outcomeText = in.outcomeText() == null || in.outcomeText().isBlank() ? null : in.outcomeText().strip();
        this.report = in.report().strip();
        this.endedOn = Objects.requireNonNull(c.getEndedOn(), "endedOn");
        this.submittedOn = in.submittedOn();
        this.lawyerName = c.getLawyerName();
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        Set<CaseFileItem> required = CaseFileItem.requiredFor(kindOf(c, in.outcome()));
        EnumSet<CaseFileItem> listed = EnumSet.copyOf(required);
        listed.addAll(in.present());
        for (CaseFileItem item : listed) {
            lines.add(new ChecklistLine(item, required.contains(item), in.present().contains(item)));
        }
    }

    /**
     * Checks the outcome against the case before it is handed in: a terminated case ended by the
     * termination (LAL art. 48), a case in handling did not.
     *
     * @throws BusinessException {@code cases.closing.outcomeTerminated} (case number) when a
     *                           terminated case is given another outcome, {@code cases.closing.notTerminated}
     *                           (case number) when a case in handling is given the outcome "terminated",
     *                           {@code cases.closing.outcomeProceeding} (outcome, proceeding) when the
     *                           outcome does not fit the case's proceeding (a 判决 in a labour arbitration;
     *                           {@link CaseOutcome#forProceeding}, issue 18)
     */
    public static void checkOutcome(LegalCase c, CaseOutcome outcome) {
        Proceeding proceeding = Proceeding.of(c.getMatterType());
        if (!outcome.fits(proceeding)) {
            throw new BusinessException("cases.closing.outcomeProceeding", outcome.labelKey(), proceeding.labelKey());
        }
        if (c.getStatus() == CaseStatus.TERMINATED && outcome != CaseOutcome.TERMINATED) {
            throw new BusinessException("cases.closing.outcomeTerminated", c.getCaseNumber());
        }
        if (c.getStatus() == CaseStatus.HANDLING && outcome == CaseOutcome.TERMINATED) {
            throw new BusinessException("cases.closing.notTerminated", c.getCaseNumber());
        }
    }

    /** The checklist kind of a case: criminal or not, notified or applied for, and how it ended. */
    public static CaseFileItem.CaseKind kindOf(LegalCase c, CaseOutcome outcome) {
        return new CaseFileItem.CaseKind(c.isCriminal(), c.getSubjectType() == SubjectType.NOTICE,
                Proceeding.of(c.getMatterType()), outcome);
    }

    /** The reviewer's finding on one item. */
    public record Finding(ItemVerdict verdict, String note) {
    }

    /**
     * The centre's review: each item handed in is accepted, or found defective (with a note) or
     * missing; an item not handed in is missing.
     *
     * @param findings the finding for each item handed in (items not handed in may carry a note)
     * @return {@link ClosingResult#PASSED} when every required item is present and accepted and
     * nothing is defective, else {@link ClosingResult#RETURNED}
     * @throws BusinessException {@code cases.closing.fourEyes} when the reviewer recorded the
     *                           submission; {@code cases.closing.alreadyReviewed};
     *                           {@code cases.closing.findingRequired} (item) for an item handed in
     *                           without a finding; {@code cases.closing.noteRequired} (item) for a
     *                           defect or missing item without a note when it was handed in
     */
    public ClosingResult review(Map<CaseFileItem, Finding> findings, String by, OffsetDateTime at) {
        Objects.requireNonNull(by, "by");
        if (by.equals(recordedBy)) {
            throw new BusinessException("cases.closing.fourEyes", recordedBy);
        }
        if (result != null) {
            throw new BusinessException("cases.closing.alreadyReviewed", round);
        }
        // Every item handed in starts undecided and must be judged (issue 18: no one-click pass);
        // all findings are checked before any is written, so a refused review leaves no line judged.
        for (ChecklistLine line : getLines()) {
            Finding f = findings.get(line.getItem());
            if (line.isPresent()) {
                if (f == null || f.verdict() == null) {
                    throw new BusinessException("cases.closing.findingRequired", line.getItem().labelKey());
                }
                if (f.verdict() != ItemVerdict.ACCEPTED && (f.note() == null || f.note().isBlank())) {
                    throw new BusinessException("cases.closing.noteRequired", line.getItem().labelKey());
                }
            }
        }
        boolean passed = true;
        for (ChecklistLine line : lines) {
            Finding f = findings.get(line.getItem());
            if (!line.isPresent()) {
                line.judge(ItemVerdict.MISSING, f == null ? null : f.note());
            } else {
                line.judge(f.verdict(), f.note());
            }
            if (line.isOutstanding() && (line.isRequired() || line.isPresent())) {
                passed = false;
            }
        }
        this.result = passed ? ClosingResult.PASSED : ClosingResult.RETURNED;
        this.reviewedBy = by;
        this.reviewedAt = Objects.requireNonNull(at, "at");
        return result;
    }

    /**
     * The reviewed file was archived.
     *
     * @throws BusinessException {@code cases.archive.outstanding} (case number, first outstanding
     *                           item, count) unless the review passed
     */
    public void archive(String caseNumber, String by, OffsetDateTime at) {
        if (result != ClosingResult.PASSED) {
            requireComplete(caseNumber);
            throw new BusinessException("cases.archive.notReviewed", caseNumber);
        }
        this.archivedBy = Objects.requireNonNull(by, "by");
        this.archivedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Throws when the file lacks a required item or one is outstanding, naming the first.
     *
     * @throws BusinessException {@code cases.archive.outstanding} (case number, first item, count)
     */
    public void requireComplete(String caseNumber) {
        List<CaseFileItem> open = outstandingItems();
        if (open.isEmpty()) {
            lines.stream().filter(l -> l.isRequired() && !l.isPresent()).map(ChecklistLine::getItem)
                    .forEach(open::add);
        }
        if (!open.isEmpty()) {
            throw new BusinessException("cases.archive.outstanding", caseNumber, open.get(0).labelKey(), open.size());
        }
    }

    /** The items found missing or defective, in checklist order (what goes back to the lawyer). */
    public List<CaseFileItem> outstandingItems() {
        List<CaseFileItem> out = new ArrayList<>();
        for (ChecklistLine l : getLines()) {
            if (l.isOutstanding() && (l.isRequired() || l.isPresent())) {
                out.add(l.getItem());
            }
        }
        return out;
    }

    /** The line of {@code item}, if the checklist has it. */
    public Optional<ChecklistLine> line(CaseFileItem item) {
        return lines.stream().filter(l -> l.getItem() == item).findFirst();
    }

    public boolean isReviewed() {
        return result != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getCaseId() { return caseId; }
    public long getUnitId() { return unitId; }
    public int getRound() { return round; }
    public CaseOutcome getOutcome() { return outcome; }
    public String getOutcomeText() { return outcomeText; }
    public String getReport() { return report; }
    public LocalDate getEndedOn() { return endedOn; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public String getLawyerName() { return lawyerName; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
    public ClosingResult getResult() { return result; }
    public String getReviewedBy() { return reviewedBy; }
    public OffsetDateTime getReviewedAt() { return reviewedAt; }
    public String getArchivedBy() { return archivedBy; }
    public OffsetDateTime getArchivedAt() { return archivedAt; }

    /** The checklist in the order of the case file. */
    public List<ChecklistLine> getLines() {
        List<ChecklistLine> out = new ArrayList<>(lines);
        out.sort(Comparator.comparing(ChecklistLine::getItem));
        return out;
    }
}
