package org.legalaid.lawyers;

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
import org.legalaid.intake.SubjectType;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The assignment 指派 of a lawyer to a granted application or a notified criminal case (LAL art.
 * 43, 36; docs/domain.md "Case lifecycle" 7), with the numbers of its 指派通知书 and 法律援助公函.
 *
 * <p>Rules held here: the officer takes the top-ranked candidate or records why not (issue 4: "the
 * officer assigns the top candidate or another one with a recorded reason"); the assignment is not
 * dated before the grant or the notice it follows (date logic, docs/domain.md 9); the lawyer's unit
 * signs the 委托协议 within 5 days (2023 procedure rules art. 27) — its date is recorded once, not
 * before the assignment and not in the future; an assignment ends once, with an
 * {@link EndReason}, and stays in the case's history. While it runs, {@code currentSubjectId}
 * equals the subject's id, so the database's unique key allows one current lawyer per case even
 * when two officers assign at the same moment.
 */
@Entity
@Table(name = "assignment")
public class Assignment implements Serializable {

    public static final int REASON_MAX = 500;
    public static final int LABEL_MAX = 100;

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "subject_label", nullable = false, length = LABEL_MAX, updatable = false)
    private String subjectLabel;

    /** The client's party key ({@link ConflictKeys}): the firm's and lawyer's past clients for the conflict check. */
    @Column(name = "client_key", nullable = false, length = ConflictKeys.KEY_MAX, updatable = false)
    private String clientKey;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private OffsetDateTime assignedAt;

    @Column(name = "assigned_on", nullable = false, updatable = false)
    private LocalDate assignedOn;

    @Column(name = "assigned_by", nullable = false, length = UserName.MAX, updatable = false)
    private String assignedBy;

    @Column(name = "candidate_rank", updatable = false)
    private Integer candidateRank;

    @Column(name = "override_reason", length = REASON_MAX, updatable = false)
    private String overrideReason;

    @Column(name = "notice_number", nullable = false, length = 60, updatable = false)
    private String noticeNumber;

    @Column(name = "letter_number", nullable = false, length = 60, updatable = false)
    private String letterNumber;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private EndReason endReason;

    @Column(name = "end_note", length = REASON_MAX)
    private String endNote;

    @Column(name = "ended_by", length = UserName.MAX)
    private String endedBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "current_subject_id")
    private Long currentSubjectId;

    protected Assignment() {
        // for JPA
    }

    /**
     * What the officer chose, before numbers are drawn.
     *
     * @param rank           the chosen lawyer's place in the ranking (1 = the top candidate)
     * @param overrideReason why not the top candidate; required unless {@code rank} is 1
     */
    public record Choice(long lawyerId, long firmId, int rank, String overrideReason) {
    }

    /**
     * Assigns a lawyer.
     *
     * @param basisAt when the grant was made or the notice arrived (China time); the assignment
     *                may not precede it
     * @throws BusinessException {@code lawyers.assignment.overrideReasonRequired} when another
     *                           than the top candidate is chosen without a reason;
     *                           {@code lawyers.assignment.beforeBasis} (basis moment) when dated
     *                           before the grant or notice
     */
    public Assignment(SubjectType subjectType, long subjectId, String subjectLabel, long unitId, String clientKey,
                      Choice choice, String noticeNumber, String letterNumber, String assignedBy,
                      OffsetDateTime assignedAt, LocalDateTime basisAt) {
        String reason = blankToNull(choice.overrideReason());
        if (choice.rank() != 1 && reason == null) {
            throw new BusinessException("lawyers.assignment.overrideReasonRequired");
        }
        LocalDateTime local = assignedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
        if (basisAt != null && local.isBefore(basisAt)) {
            throw new BusinessException("lawyers.assignment.beforeBasis", basisAt);
        }
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = subjectId;
        this.currentSubjectId = subjectId;
        this.subjectLabel = truncate(Objects.requireNonNull(subjectLabel), LABEL_MAX);
        this.unitId = unitId;
        this.clientKey = Objects.requireNonNull(clientKey);
        this.lawyerId = choice.lawyerId();
        this.firmId = choice.firmId();
        this.candidateRank = choice.rank();
        this.overrideReason = choice.rank() == 1 ? null : reason;
        this.noticeNumber = Objects.requireNonNull(noticeNumber);
        this.letterNumber = Objects.requireNonNull(letterNumber);
        this.assignedBy = Objects.requireNonNull(assignedBy);
        this.assignedAt = assignedAt;
        this.assignedOn = local.toLocalDate();
    }

    /**
     * The lawyer's unit signed the entrustment agreement (委托协议) with the client (2023 procedure
     * rules art. 27: within 5 days of the assignment).
     *
     * @throws BusinessException {@code lawyers.assignment.agreementAlreadyRecorded} (date);
     *                           {@code lawyers.assignment.ended}; {@code lawyers.assignment.agreementBeforeAssignment}
     *                           (date, assignment date); {@code lawyers.assignment.agreementInFuture} (date)
     */
    public void recordAgreementSigned(LocalDate signedOn, LocalDate today) {
        Objects.requireNonNull(signedOn, "signedOn");
        if (agreementSignedOn != null) {
            throw new BusinessException("lawyers.assignment.agreementAlreadyRecorded", agreementSignedOn);
        }
        if (!isCurrent()) {
            throw new BusinessException("lawyers.assignment.ended");
        }
        if (signedOn.isBefore(assignedOn)) {
            throw new BusinessException("lawyers.assignment.agreementBeforeAssignment", signedOn, assignedOn);
        }
        if (signedOn.isAfter(today)) {
            throw new BusinessException("lawyers.assignment.agreementInFuture", signedOn);
        }
        this.agreementSignedOn = signedOn;
    }

    /**
     * Ends the assignment (a change of lawyer, or the end of the aid); it stays in the history.
     *
     * @throws BusinessException {@code lawyers.assignment.ended} when it already ended;
     *                           {@code lawyers.assignment.endReasonRequired}
     */
    public void end(EndReason reason, String note, String by, OffsetDateTime at) {
        if (!isCurrent()) {
            throw new BusinessException("lawyers.assignment.ended");
        }
        if (reason == null) {
            throw new BusinessException("lawyers.assignment.endReasonRequired");
        }
        if (at.isBefore(assignedAt)) {
            throw new BusinessException("lawyers.assignment.endBeforeStart");
        }
        this.endReason = reason;
        this.endNote = blankToNull(note);
        this.endedBy = Objects.requireNonNull(by);
        this.endedAt = at;
        this.currentSubjectId = null;
    }

    /**
     * The case was closed on {@code on} (the lawyer handed in the closing file, LAL art. 50): the
     * assignment counts as completed for the quota.
     *
     * @return whether the lawyer's capacity is to be freed now — true for a running assignment
     * closed the first time; false when it was closed before (a file handed in again after a
     * return) or had ended (a termination or a change of lawyer freed the capacity then)
     */
    public boolean recordClosed(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (closedOn != null) {
            return false;
        }
        this.closedOn = on.isBefore(assignedOn) ? assignedOn : on;
        return isCurrent();
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    /** Whether the top candidate was passed over (and why is in {@link #getOverrideReason()}). */
    public boolean isOverride() {
        return candidateRank == null || candidateRank != 1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getUnitId() { return unitId; }
    public SubjectType getSubjectType() { return subjectType; }
    public long getSubjectId() { return subjectId; }
    public String getSubjectLabel() { return subjectLabel; }
    public String clientKey() { return clientKey; }
    public long getLawyerId() { return lawyerId; }
    public long getFirmId() { return firmId; }
    public OffsetDateTime getAssignedAt() { return assignedAt; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public String getAssignedBy() { return assignedBy; }
    public Integer getCandidateRank() { return candidateRank; }
    public String getOverrideReason() { return overrideReason; }
    public String getNoticeNumber() { return noticeNumber; }
    public String getLetterNumber() { return letterNumber; }
    public LocalDate getAgreementSignedOn() { return agreementSignedOn; }
    public OffsetDateTime getEndedAt() { return endedAt; }
    public EndReason getEndReason() { return endReason; }
    public String getEndNote() { return endNote; }
    public String getEndedBy() { return endedBy; }
    public LocalDate getClosedOn() { return closedOn; }
}
