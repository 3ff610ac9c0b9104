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
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A termination of legal aid (终止法律援助, LAL art. 48; docs/domain.md "Case lifecycle" 8): proposed with
 * one statutory {@link TerminationGround} and written reasons by the case supervisor or the
 * assignment officer, approved or rejected by the director — never by the proposer, which the
 * database refuses too — and numbered in the centre's series of 终止法律援助决定书.
 *
 * <p>After the approval: in a criminal case the court, procuratorate or police are told within 3
 * days ({@link #recordOrganNotified}); the client may object to the justice bureau, which decides
 * within 5 days to uphold the termination or to order the centre to correct it (art. 49,
 * {@link #decideObjection}; the termination is then {@link TerminationState#REVOKED}); aid obtained
 * by deceit is marked for recovery of the costs of aid and a fine of up to ¥3,000 (art. 64). Money
 * is entered once and never changed (STYLE.md: money records are appended, never updated).
 */
@Entity
@Table(name = "case_termination")
public class CaseTermination implements Serializable {

    public static final int REASONS_MAX = 1000;
    /** The most the justice bureau may fine (LAL art. 64: 三千元以下罚款). */
    public static final BigDecimal FINE_MAX = new BigDecimal("3000.00");

    @Id
    @SequenceGenerator(name = "case_termination_seq", sequenceName = "case_termination_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_termination_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 40, updatable = false)
    private TerminationGround ground;

    @Column(name = "reasons", nullable = false, length = REASONS_MAX, updatable = false)
    private String reasons;

    @Column(name = "proposed_by", nullable = false, length = UserName.MAX, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private OffsetDateTime proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private TerminationState state;

    @Column(name = "decided_by", length = UserName.MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "rejection_reasons", length = REASONS_MAX)
    private String rejectionReasons;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "ended_assignment_id")
    private Long endedAssignmentId;

    @Column(name = "organ_notified_on")
    private LocalDate organNotifiedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "organ_notice", length = 20)
    private OrganNotice organNotice;

    @Column(name = "organ_notified_by", length = UserName.MAX)
    private String organNotifiedBy;

    @Column(name = "objection_grounds", length = REASONS_MAX)
    private String objectionGrounds;

    @Column(name = "objection_received_on")
    private LocalDate objectionReceivedOn;

    @Column(name = "objection_received_by", length = UserName.MAX)
    private String objectionReceivedBy;

    @Column(name = "objection_revoked")
    private Boolean objectionRevoked;

    @Column(name = "objection_reasons", length = REASONS_MAX)
    private String objectionReasons;

    @Column(name = "objection_decided_by", length = UserName.MAX)
    private String objectionDecidedBy;

    @Column(name = "objection_decided_at")
    private OffsetDateTime objectionDecidedAt;

    @Column(name = "objection_decision_number", length = 60)
    private String objectionDecisionNumber;

    @Column(name = "recovery_amount", precision = 12, scale = 2)
    private BigDecimal recoveryAmount;

    @Column(name = "recovery_set_by", length = UserName.MAX)
    private String recoverySetBy;

    @Column(name = "recovery_set_at")
    private OffsetDateTime recoverySetAt;

    @Column(name = "fine_amount", precision = 7, scale = 2)
    private BigDecimal fineAmount;

    @Column(name = "fine_decided_by", length = UserName.MAX)
    private String fineDecidedBy;

    @Column(name = "fine_decided_at")
    private OffsetDateTime fineDecidedAt;

    protected CaseTermination() {
        // for JPA
    }

    /**
     * Proposes to terminate the aid of case {@code caseId} on {@code ground}.
     *
     * @throws BusinessException {@code cases.termination.reasonsRequired} without written reasons
     */
    public CaseTermination(long caseId, long unitId, TerminationGround ground, String reasons, String proposedBy,
                           OffsetDateTime proposedAt) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.ground = Objects.requireNonNull(ground, "ground");
        this.reasons = required(reasons, "cases.termination.reasonsRequired");
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.state = TerminationState.PROPOSED;
    }

    /**
     * The director approves: aid ends on {@code on} (the case's own date logic is checked by
     * {@link LegalCase#terminate}), under the decision number {@code number}.
     *
     * @param endedAssignment the lawyer's assignment this ends, or null when none ran
     * @throws BusinessException {@code cases.termination.notProposed}, {@code cases.termination.selfApproval}
     */
    public void approve(String by, OffsetDateTime at, LocalDate on, String number, Long endedAssignment) {
        requireDecidable(by);
        this.state = TerminationState.APPROVED;
        this.decidedBy = by;
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.decidedOn = Objects.requireNonNull(on, "on");
        this.documentNumber = Objects.requireNonNull(number, "number");
        this.endedAssignmentId = endedAssignment;
    }

    /**
     * The director rejects the proposal with written reasons; the case goes on.
     *
     * @throws BusinessException {@code cases.termination.notProposed}, {@code cases.termination.selfApproval},
     *                           {@code cases.termination.reasonsRequired}
     */
    public void reject(String by, OffsetDateTime at, String reasons) {
        requireDecidable(by);
        this.rejectionReasons = required(reasons, "cases.termination.reasonsRequired");
        this.state = TerminationState.REJECTED;
        this.decidedBy = by;
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    private void requireDecidable(String by) {
        if (state != TerminationState.PROPOSED) {
            throw new BusinessException("cases.termination.notProposed");
        }
        if (Objects.requireNonNull(by, "by").equals(proposedBy)) {
            throw new BusinessException("cases.termination.selfApproval");
        }
    }

    /**
     * The court, procuratorate or police were told on {@code on} (criminal cases, LAL art. 48): not
     * before the decision, not in the future, once.
     *
     * @throws BusinessException {@code cases.termination.notApproved}, {@code cases.termination.organAlreadyNotified},
     *                           {@code cases.termination.dateOutsideRange}
     */
    public void recordOrganNotified(LocalDate on, OrganNotice how, String by, LocalDate today) {
        requireApproved();
        if (organNotifiedOn != null) {
            throw new BusinessException("cases.termination.organAlreadyNotified");
        }
        requireBetweenDecisionAndToday(on, today);
        this.organNotifiedOn = on;
        this.organNotice = Objects.requireNonNull(how, "how");
        this.organNotifiedBy = Objects.requireNonNull(by, "by");
    }

    /**
     * The client objects to the justice bureau (LAL art. 49), received on {@code on}.
     *
     * @throws BusinessException {@code cases.termination.notApproved},
     *                           {@code cases.termination.objectionAlreadyReceived}, {@code cases.termination.dateOutsideRange},
     *                           {@code cases.termination.reasonsRequired}
     */
    public void receiveObjection(String grounds, LocalDate on, String by, LocalDate today) {
        requireApproved();
        if (objectionReceivedOn != null) {
            throw new BusinessException("cases.termination.objectionAlreadyReceived");
        }
        requireBetweenDecisionAndToday(on, today);
        this.objectionGrounds = required(grounds, "cases.termination.reasonsRequired");
        this.objectionReceivedOn = on;
        this.objectionReceivedBy = Objects.requireNonNull(by, "by");
    }

    /**
     * The justice bureau decides the objection (LAL art. 49): it upholds the termination, or orders
     * the centre to correct it — the termination is revoked and the case goes on.
     *
     * @throws BusinessException {@code cases.termination.noObjectionPending}, {@code cases.termination.reasonsRequired}
     */
    public void decideObjection(boolean revoke, String reasons, String by, OffsetDateTime at, String number) {
        if (!isObjectionPending()) {
            throw new BusinessException("cases.termination.noObjectionPending");
        }
        this.objectionReasons = required(reasons, "cases.termination.reasonsRequired");
        this.objectionRevoked = revoke;
        this.objectionDecidedBy = Objects.requireNonNull(by, "by");
        this.objectionDecidedAt = Objects.requireNonNull(at, "at");
        this.objectionDecisionNumber = number;
        if (revoke) {
            this.state = TerminationState.REVOKED;
        }
    }

    /**
     * The costs of aid actually incurred, to be recovered from a client who obtained aid by deceit
     * (LAL art. 64), entered once.
     *
     * @throws BusinessException {@code cases.termination.notDeceit}, {@code cases.termination.notApproved},
     *                           {@code cases.termination.recoveryAlreadySet}, {@code cases.termination.amountInvalid}
     */
    public void markRecovery(BigDecimal amount, String by, OffsetDateTime at) {
        if (!ground.allowsRecovery()) {
            throw new BusinessException("cases.termination.notDeceit");
        }
        requireApproved();
        if (recoveryAmount != null) {
            throw new BusinessException("cases.termination.recoveryAlreadySet");
        }
        BigDecimal a = money(amount);
        if (a.signum() <= 0) {
            throw new BusinessException("cases.termination.amountInvalid", amount.toPlainString());
        }
        this.recoveryAmount = a;
        this.recoverySetBy = Objects.requireNonNull(by, "by");
        this.recoverySetAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The justice bureau's fine on a client who obtained aid by deceit (LAL art. 64: up to ¥3,000),
     * decided once.
     *
     * @throws BusinessException {@code cases.termination.notDeceit}, {@code cases.termination.notApproved},
     *                           {@code cases.termination.fineAlreadyDecided}, {@code cases.termination.fineOutOfRange},
     *                           {@code cases.termination.amountInvalid}
     */
    public void imposeFine(BigDecimal amount, String by, OffsetDateTime at) {
        if (!ground.allowsFine()) {
            throw new BusinessException("cases.termination.notDeceit");
        }
        requireApproved();
        if (fineAmount != null) {
            throw new BusinessException("cases.termination.fineAlreadyDecided");
        }
        BigDecimal a = money(amount);
        if (a.signum() <= 0 || a.compareTo(FINE_MAX) > 0) {
            throw new BusinessException("cases.termination.fineOutOfRange", a.toPlainString(), FINE_MAX.toPlainString());
        }
        this.fineAmount = a;
        this.fineDecidedBy = Objects.requireNonNull(by, "by");
        this.fineDecidedAt = Objects.requireNonNull(at, "at");
    }

    /** An amount in yuan with at most two decimals, as scale 2. */
    static BigDecimal money(BigDecimal amount) {
        if (amount == null || amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("cases.termination.amountInvalid", amount == null ? "" : amount.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private void requireApproved() {
        if (state != TerminationState.APPROVED) {
            throw new BusinessException("cases.termination.notApproved");
        }
    }

    private void requireBetweenDecisionAndToday(LocalDate on, LocalDate today) {
        Objects.requireNonNull(on, "on");
        if (on.isBefore(decidedOn) || on.isAfter(today)) {
            throw new BusinessException("cases.termination.dateOutsideRange", on.toString(), decidedOn.toString());
        }
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(key);
        }
        return text.strip();
    }

    /** Proposed and not yet decided, or approved and standing: the case has a termination in force or pending. */
    public boolean isStanding() {
        return state == TerminationState.PROPOSED || state == TerminationState.APPROVED;
    }

    /** An objection was received and the justice bureau has not decided it yet. */
    public boolean isObjectionPending() {
        return objectionReceivedOn != null && objectionRevoked == null;
    }

    /** Whether the recovery and fine of LAL art. 64 apply (the ground is deceit and the termination stands). */
    public boolean isRecoverable() {
        return ground.isDeceit() && state == TerminationState.APPROVED;
    }

    // Accessors -------------------------------------------------------------------------------

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getCaseId() { return caseId; }
    public long getUnitId() { return unitId; }
    public TerminationGround getGround() { return ground; }
    public String getReasons() { return reasons; }
    public String getProposedBy() { return proposedBy; }
    public OffsetDateTime getProposedAt() { return proposedAt; }
    public TerminationState getState() { return state; }
    public String getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getRejectionReasons() { return rejectionReasons; }
    public String getDocumentNumber() { return documentNumber; }
    public Long getEndedAssignmentId() { return endedAssignmentId; }
    public LocalDate getOrganNotifiedOn() { return organNotifiedOn; }
    public OrganNotice getOrganNotice() { return organNotice; }
    public String getOrganNotifiedBy() { return organNotifiedBy; }
    public String getObjectionGrounds() { return objectionGrounds; }
    public LocalDate getObjectionReceivedOn() { return objectionReceivedOn; }
    public String getObjectionReceivedBy() { return objectionReceivedBy; }
    public Boolean getObjectionRevoked() { return objectionRevoked; }
    public String getObjectionReasons() { return objectionReasons; }
    public String getObjectionDecidedBy() { return objectionDecidedBy; }
    public OffsetDateTime getObjectionDecidedAt() { return objectionDecidedAt; }
    public String getObjectionDecisionNumber() { return objectionDecisionNumber; }
    public BigDecimal getRecoveryAmount() { return recoveryAmount; }
    public String getRecoverySetBy() { return recoverySetBy; }
    public OffsetDateTime getRecoverySetAt() { return recoverySetAt; }
    public BigDecimal getFineAmount() { return fineAmount; }
    public String getFineDecidedBy() { return fineDecidedBy; }
    public OffsetDateTime getFineDecidedAt() { return fineDecidedAt; }
}
