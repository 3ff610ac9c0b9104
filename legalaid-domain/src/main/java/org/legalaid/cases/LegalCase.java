package org.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.SubjectType;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A legal aid case 案件: opened when the first lawyer is assigned to a granted application or a
 * notified criminal case, numbered in the centre's case series (案号), and followed to the archive
 * (docs/domain.md "Case lifecycle" 8–9; issue 5).
 *
 * <p>Rules held here: every date the case records passes the date logic of {@link CaseDates} (a
 * step dated before the step it depends on cannot be saved); the state follows
 * {@link CaseStatus} (handling → terminated or submitted → returned/reviewed → archived); only a
 * reviewed file is archived, and only an archived case is payable. Names of the client, lawyer and
 * firm are copied in when set, so the case list reads this row alone.
 *
 * <p>A legacy case ({@link #importLegacy}) comes from an earlier system with its dates as they
 * were, broken order included; the import lists its violations as data-quality findings.
 */
@Entity
@Table(name = "legal_case")
public class LegalCase implements Serializable {

    public static final int TITLE_MAX = 100;
    public static final int NAME_MAX = 60;
    public static final int FIRM_MAX = 100;

    @Id
    @SequenceGenerator(name = "legal_case_seq", sequenceName = "legal_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_case_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_number", nullable = false, length = 60, updatable = false)
    private String caseNumber;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", length = 20, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "legacy", nullable = false, updatable = false)
    private boolean legacy;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false, length = 30, updatable = false)
    private MatterType matterType;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_category", length = 40, updatable = false)
    private MatterCategory matterCategory;

    @Column(name = "client_name", nullable = false, length = NAME_MAX, updatable = false)
    private String clientName;

    @Column(name = "title", nullable = false, length = TITLE_MAX, updatable = false)
    private String title;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "lawyer_id")
    private Long lawyerId;

    @Column(name = "lawyer_name", length = NAME_MAX)
    private String lawyerName;

    @Column(name = "firm_name", length = FIRM_MAX)
    private String firmName;

    @Column(name = "supervisor", length = UserName.MAX)
    private String supervisor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "applied_on", nullable = false, updatable = false)
    private LocalDate appliedOn;

    @Column(name = "accepted_on", updatable = false)
    private LocalDate acceptedOn;

    @Column(name = "decided_on", updatable = false)
    private LocalDate decidedOn;

    @Column(name = "assigned_on", nullable = false, updatable = false)
    private LocalDate assignedOn;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "first_handling_on")
    private LocalDate firstHandlingOn;

    @Column(name = "last_handling_on")
    private LocalDate lastHandlingOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "archived_on")
    private LocalDate archivedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected LegalCase() {
        // for JPA
    }

    /** Where the case comes from: the intake record, its dates and its client. */
    public record Origin(SubjectType subjectType, long subjectId, long unitId, MatterType matterType,
                         MatterCategory matterCategory, String clientName, String title,
                         LocalDate appliedOn, LocalDate acceptedOn, LocalDate decidedOn) {
        public Origin {
            Objects.requireNonNull(subjectType, "subjectType");
            Objects.requireNonNull(matterType, "matterType");
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(appliedOn, "appliedOn");
        }
    }

    /** The lawyer as assigned: the assignment (lawyers context), the lawyer and the firm. */
    public record AssignedLawyer(long assignmentId, long lawyerId, String lawyerName, String firmName) {
        public AssignedLawyer {
            Objects.requireNonNull(lawyerName, "lawyerName");
        }
    }

    /**
     * Opens the case at the first assignment.
     *
     * @throws BusinessException {@code cases.date.before} when the assignment is dated before the
     *                           decision (or an earlier step), {@code cases.date.future}
     */
    public LegalCase(String caseNumber, Origin origin, AssignedLawyer lawyer, LocalDate assignedOn,
                     OffsetDateTime createdAt, LocalDate today) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.unitId = origin.unitId();
        this.subjectType = origin.subjectType();
        this.subjectId = origin.subjectId();
        this.legacy = false;
        this.matterType = origin.matterType();
        this.matterCategory = origin.matterCategory();
        this.clientName = cut(origin.clientName(), NAME_MAX);
        this.title = cut(origin.title() == null ? origin.clientName() : origin.title(), TITLE_MAX);
        this.appliedOn = origin.appliedOn();
        this.acceptedOn = origin.acceptedOn();
        this.decidedOn = origin.decidedOn();
        dates().require(CaseMilestone.ASSIGNED, assignedOn, today);
        this.assignedOn = assignedOn;
        setLawyer(lawyer);
        this.status = CaseStatus.HANDLING;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A case from an earlier system, taken as it was: its dates are not checked here (the import
     * lists each break of the order, {@link CaseDates#violations}), its status is what it had.
     */
    public static LegalCase importLegacy(String caseNumber, long unitId, MatterType matterType, MatterCategory category,
                                         String clientName, String title, String lawyerName, String firmName,
                                         CaseStatus status, CaseDates dates, OffsetDateTime importedAt) {
        LegalCase c = new LegalCase();
        c.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        c.unitId = unitId;
        c.legacy = true;
        c.matterType = Objects.requireNonNull(matterType, "matterType");
        c.matterCategory = category;
        c.clientName = cut(Objects.requireNonNull(clientName, "clientName"), NAME_MAX);
        c.title = cut(title == null ? clientName : title, TITLE_MAX);
        c.lawyerName = lawyerName == null ? null : cut(lawyerName, NAME_MAX);
        c.firmName = firmName == null ? null : cut(firmName, FIRM_MAX);
        c.status = Objects.requireNonNull(status, "status");
        c.appliedOn = dates.get(CaseMilestone.APPLIED).orElseThrow(() -> new BusinessException("cases.import.appliedRequired"));
        c.acceptedOn = dates.get(CaseMilestone.ACCEPTED).orElse(null);
        c.decidedOn = dates.get(CaseMilestone.DECIDED).orElse(null);
        c.assignedOn = dates.get(CaseMilestone.ASSIGNED).orElseThrow(() -> new BusinessException("cases.import.assignedRequired"));
        c.firstHandlingOn = dates.get(CaseMilestone.FIRST_HANDLING).orElse(null);
        c.lastHandlingOn = dates.get(CaseMilestone.LAST_HANDLING).orElse(null);
        c.endedOn = dates.get(CaseMilestone.ENDED).orElse(null);
        c.submittedOn = dates.get(CaseMilestone.SUBMITTED).orElse(null);
        c.reviewedOn = dates.get(CaseMilestone.REVIEWED).orElse(null);
        c.archivedOn = dates.get(CaseMilestone.ARCHIVED).orElse(null);
        if (status == CaseStatus.ARCHIVED && (c.archivedOn == null || c.reviewedOn == null || c.endedOn == null)) {
            throw new BusinessException("cases.import.archivedIncomplete");
        }
        c.createdAt = Objects.requireNonNull(importedAt, "importedAt");
        return c;
    }

    // Dates -----------------------------------------------------------------------------------

    /** The case's dated steps, for the date logic and the case page. */
    public CaseDates dates() {
        return CaseDates.none()
                .with(CaseMilestone.APPLIED, appliedOn)
                .with(CaseMilestone.ACCEPTED, acceptedOn)
                .with(CaseMilestone.DECIDED, decidedOn)
                .with(CaseMilestone.ASSIGNED, assignedOn)
                .with(CaseMilestone.FIRST_HANDLING, firstHandlingOn)
                .with(CaseMilestone.LAST_HANDLING, lastHandlingOn)
                .with(CaseMilestone.ENDED, endedOn)
                .with(CaseMilestone.SUBMITTED, submittedOn)
                .with(CaseMilestone.REVIEWED, reviewedOn)
                .with(CaseMilestone.ARCHIVED, archivedOn);
    }

    // Lawyer and supervisor ----------------------------------------------------------------------

    /** The lawyer changed (LAL art. 55, conflict, withdrawal): the case names the next one. */
    public void changeLawyer(AssignedLawyer next) {
        requireOpen();
        setLawyer(next);
    }

    /** The case supervisor (一案专人监督) who follows this case; null to clear. */
    public void assignSupervisor(String username) {
        requireOpen();
        this.supervisor = username;
    }

    /**
     * The 委托协议 was signed on {@code on} (2023 procedure rules art. 27: within 5 days of the
     * assignment; the clock is the lawyers context's). Not before the assignment.
     */
    public void recordAgreementSigned(LocalDate on, LocalDate today) {
        if (on.isBefore(assignedOn) || on.isAfter(today)) {
            throw new BusinessException("cases.agreement.outsideRange", on.toString(), assignedOn.toString());
        }
        this.agreementSignedOn = on;
    }

    // Handling ------------------------------------------------------------------------------------

    /**
     * A handling entry (meeting, file review, hearing …) dated {@code on}: between the assignment
     * and the case's end, never in the future.
     *
     * @throws BusinessException {@code cases.notHandling} once the case ended; the date logic's errors
     */
    public void recordHandling(LocalDate on, LocalDate today) {
        if (!status.isHandling()) {
            throw new BusinessException("cases.notHandling", caseNumber);
        }
        CaseDates d = dates();
        if (firstHandlingOn == null || on.isBefore(firstHandlingOn)) {
            d = d.require(CaseMilestone.FIRST_HANDLING, on, today);
            firstHandlingOn = on;
        }
        if (lastHandlingOn == null || on.isAfter(lastHandlingOn)) {
            d.require(CaseMilestone.LAST_HANDLING, on, today);
            lastHandlingOn = on;
        }
    }

    // Ending, closing, archive ---------------------------------------------------------------------

    /**
     * Aid terminated (LAL art. 48) on {@code on}, after the approval of the termination.
     *
     * @throws BusinessException {@code cases.notHandling}; the date logic's errors
     */
    public void terminate(LocalDate on, LocalDate today) {
        if (!status.isHandling()) {
            throw new BusinessException("cases.notHandling", caseNumber);
        }
        dates().require(CaseMilestone.ENDED, on, today);
        endedOn = on;
        status = CaseStatus.TERMINATED;
    }

    /**
     * The case ended on {@code on} (judgment, ruling, mediation, withdrawal …): the case stays in
     * handling until the lawyer hands in the file, but no handling entry may be dated after the
     * end (the date logic), and the 30 days for the closing submission run from it (LAL art. 50,
     * local rules). Recorded again, the date is corrected.
     *
     * @throws BusinessException {@code cases.notHandling}; the date logic's errors (e.g. an end
     *                           dated before the latest handling entry or the assignment)
     */
    public void recordCaseEnded(LocalDate on, LocalDate today) {
        if (!status.isHandling()) {
            throw new BusinessException("cases.notHandling", caseNumber);
        }
        dates().with(CaseMilestone.ENDED, null).require(CaseMilestone.ENDED, on, today);
        endedOn = on;
    }

    /**
     * The justice bureau, deciding the client's objection, ordered the centre to correct its
     * termination (LAL art. 49): the case is handled again, its end undated. Only while the case
     * stands terminated — once the closing file was handed in, the closing review decides.
     *
     * @throws BusinessException {@code cases.notTerminated}
     */
    public void revokeTermination() {
        if (status != CaseStatus.TERMINATED) {
            throw new BusinessException("cases.notTerminated", caseNumber);
        }
        endedOn = null;
        status = CaseStatus.HANDLING;
    }

    /**
     * The lawyer handed in the closing file on {@code submittedOn} for a case that ended on
     * {@code endedOn} (ignored for a terminated case, which ended at the termination; null when the
     * end was recorded before, {@link #recordCaseEnded}). A returned file is handed in again the same way.
     *
     * @throws BusinessException {@code cases.submission.notAccepted}; the date logic's errors
     */
    public void submitClosing(LocalDate endedOn, LocalDate submittedOn, LocalDate today) {
        if (!status.acceptsSubmission()) {
            throw new BusinessException("cases.submission.notAccepted", caseNumber);
        }
        CaseDates d = dates();
        if (status == CaseStatus.HANDLING && (endedOn != null || this.endedOn == null)) {
            Objects.requireNonNull(endedOn, "endedOn");
            d = d.with(CaseMilestone.ENDED, null).require(CaseMilestone.ENDED, endedOn, today);
            this.endedOn = endedOn;
        }
        d.require(CaseMilestone.SUBMITTED, submittedOn, today);
        this.submittedOn = submittedOn;
        this.status = CaseStatus.SUBMITTED;
    }

    /**
     * The centre's review found missing or defective items and sent the file back to the lawyer.
     *
     * @throws BusinessException {@code cases.review.notSubmitted}
     */
    public void returnForCompletion() {
        if (status != CaseStatus.SUBMITTED) {
            throw new BusinessException("cases.review.notSubmitted", caseNumber);
        }
        status = CaseStatus.RETURNED;
    }

    /**
     * The centre's review passed on {@code on}: the file is complete.
     *
     * @throws BusinessException {@code cases.review.notSubmitted}; the date logic's errors
     */
    public void passReview(LocalDate on, LocalDate today) {
        if (status != CaseStatus.SUBMITTED) {
            throw new BusinessException("cases.review.notSubmitted", caseNumber);
        }
        dates().require(CaseMilestone.REVIEWED, on, today);
        reviewedOn = on;
        status = CaseStatus.REVIEWED;
    }

    /**
     * Archives (归档) a reviewed file on {@code on}.
     *
     * @throws BusinessException {@code cases.archive.notReviewed}; the date logic's errors
     */
    public void archive(LocalDate on, LocalDate today) {
        if (status != CaseStatus.REVIEWED) {
            throw new BusinessException("cases.archive.notReviewed", caseNumber);
        }
        dates().require(CaseMilestone.ARCHIVED, on, today);
        archivedOn = on;
        status = CaseStatus.ARCHIVED;
    }

    /** Only an archived case may be paid (docs/domain.md 9). */
    public boolean isPayable() {
        return status == CaseStatus.ARCHIVED;
    }

    /** Whether the case is still open (not archived). */
    public boolean isOpen() {
        return status != CaseStatus.ARCHIVED;
    }

    /** Whether it is a criminal case (a termination must be told to the court, procuratorate or police). */
    public boolean isCriminal() {
        return matterType == MatterType.CRIMINAL;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new BusinessException("cases.archived", caseNumber);
        }
    }

    private void setLawyer(AssignedLawyer lawyer) {
        Objects.requireNonNull(lawyer, "lawyer");
        this.assignmentId = lawyer.assignmentId();
        this.lawyerId = lawyer.lawyerId();
        this.lawyerName = cut(lawyer.lawyerName(), NAME_MAX);
        this.firmName = lawyer.firmName() == null ? null : cut(lawyer.firmName(), FIRM_MAX);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    // Accessors -------------------------------------------------------------------------------

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCaseNumber() { return caseNumber; }
    public long getUnitId() { return unitId; }
    public SubjectType getSubjectType() { return subjectType; }
    public Long getSubjectId() { return subjectId; }
    public boolean isLegacy() { return legacy; }
    public MatterType getMatterType() { return matterType; }
    public MatterCategory getMatterCategory() { return matterCategory; }
    public String getClientName() { return clientName; }
    public String getTitle() { return title; }
    public Long getAssignmentId() { return assignmentId; }
    public Long getLawyerId() { return lawyerId; }
    public String getLawyerName() { return lawyerName; }
    public String getFirmName() { return firmName; }
    public String getSupervisor() { return supervisor; }
    public CaseStatus getStatus() { return status; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
    /**
     * Days without a handling entry after which an open case needs its supervisor's attention
     * (一案专人监督: the supervisor follows the lawyer's progress; a month of silence is the
     * centre's signal to ask). Counted from the last entry or, before the first, from the assignment.
     */
    public static final int QUIET_DAYS = 30;

    /** The day the quiet period counts from: the last handling entry, else the assignment. */
    public LocalDate quietSince() {
        return lastHandlingOn != null ? lastHandlingOn : assignedOn;
    }

    /** Whether the case has gone {@link #QUIET_DAYS} or more without a handling entry on {@code today}. */
    public boolean isQuietOn(LocalDate today) {
        return !quietSince().plusDays(QUIET_DAYS).isAfter(today);
    }

    public LocalDate getAssignedOn() { return assignedOn; }
    public LocalDate getAgreementSignedOn() { return agreementSignedOn; }
    public LocalDate getFirstHandlingOn() { return firstHandlingOn; }
    public LocalDate getLastHandlingOn() { return lastHandlingOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public LocalDate getArchivedOn() { return archivedOn; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
