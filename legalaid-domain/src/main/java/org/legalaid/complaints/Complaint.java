package org.legalaid.complaints;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.intake.Pause;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One complaint under MoJ order no. 149, from receipt to the follow-up of its decision: the aggregate
 * that guards the procedure's order and limits. Each method is a step of the order and refuses a
 * step out of turn with {@code complaints.wrongState}; who may take which step is
 * {@link ComplaintAct}'s rule.
 *
 * <ul>
 *   <li>Receipt (art. 9–10): from any {@link ComplaintChannel}; an oral complaint is confirmed by the
 *       complainant ({@link #confirmOral}) before it is accepted.</li>
 *   <li>Missing information (art. 12): asked for once, all at once, with a deadline
 *       ({@link #requestMaterials}); the acceptance clock stands meanwhile; silence past the deadline
 *       is abandonment ({@link #abandon}).</li>
 *   <li>Acceptance (art. 13–15): within 5 working days ({@link #acceptanceDue}); filed more than three
 *       years after the complainant knew of the matter it cannot be accepted (art. 8,
 *       {@link #isOutOfTime}); declined in writing with a ground and the reasons ({@link #decline}).
 *       A repeat complaint on the same matter is merged into the accepted one, whose 60 days run
 *       again from this last acceptance ({@link #mergeInto}, art. 23).</li>
 *   <li>Investigation (art. 16–21): stop order ({@link #orderStop}), suspension ({@link #suspend},
 *       {@link #resume}) and withdrawal ({@link #withdraw}).</li>
 *   <li>Decision (art. 22–24): within 60 days of the last acceptance, suspensions excluded, plus one
 *       extension of at most 30 days approved by the head — never the one who asked — before the
 *       60 days run out, with the complainant told ({@link #requestExtension},
 *       {@link #decideExtension}, {@link #notifyExtension}); the decision ({@link #decide}) delivered
 *       within 5 working days ({@link #deliver}) and followed up ({@link #followUp}, art. 26).</li>
 * </ul>
 */
@Entity
@Table(name = "complaint")
public class Complaint implements Serializable {

    public static final int NAME_MAX = 50;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 200;
    public static final int FACTS_MAX = 5000;
    public static final int TEXT_MAX = 2000;
    public static final int CASE_NUMBER_MAX = 60;
    public static final int DOCUMENT_NUMBER_MAX = 60;

    private static final Set<ComplaintStatus> INVESTIGATION = EnumSet.of(ComplaintStatus.INVESTIGATING, ComplaintStatus.SUSPENDED);

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "receipt_number", nullable = false, updatable = false, length = ReceiptNumber.LENGTH)
    private String number;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 20)
    private ComplaintChannel channel;

    @Column(name = "complainant_name", nullable = false, length = NAME_MAX)
    private String complainantName;

    @Column(name = "complainant_phone", length = PHONE_MAX)
    private String complainantPhone;

    @Column(name = "complainant_address", length = ADDRESS_MAX)
    private String complainantAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", nullable = false, length = 20)
    private RespondentType respondentType;

    @Column(name = "respondent_id")
    private Long respondentId;

    @Column(name = "respondent_username", length = UserName.MAX)
    private String respondentUsername;

    @Column(name = "respondent_name", nullable = false, length = NAME_MAX)
    private String respondentName;

    /**
     * An online complaint's respondent as the complainant named it, kept beside the respondent the
     * handler linked from the registries at acceptance ({@link #linkRespondent}); null otherwise.
     */
    @Column(name = "respondent_words", length = NAME_MAX)
    private String respondentWords;

    /** The unit of the centre or staff member complained about (for the investigators' recusal, art. 18). */
    @Column(name = "respondent_unit_id")
    private Long respondentUnitId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = CASE_NUMBER_MAX)
    private String caseNumber;

    @Column(name = "case_lawyer_id")
    private Long caseLawyerId;

    @Column(name = "case_supervisor", length = UserName.MAX)
    private String caseSupervisor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 30)
    private ComplaintGround ground;

    @Column(name = "facts", nullable = false, length = FACTS_MAX)
    private String facts;

    @Column(name = "knew_on", nullable = false)
    private LocalDate knewOn;

    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;

    /** Who wrote it down; null for the public online form. */
    @Column(name = "received_by", updatable = false, length = UserName.MAX)
    private String receivedBy;

    @Column(name = "oral_confirmed_at")
    private LocalDateTime oralConfirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ComplaintStatus status;

    @Column(name = "materials_request", length = TEXT_MAX)
    private String materialsRequest;

    @Column(name = "materials_requested_at")
    private LocalDateTime materialsRequestedAt;

    @Column(name = "materials_due_on")
    private LocalDate materialsDueOn;

    @Column(name = "materials_received_at")
    private LocalDateTime materialsReceivedAt;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    /** The last acceptance: this one's, or that of a repeat complaint merged into it (art. 23). */
    @Column(name = "last_accepted_at")
    private LocalDateTime lastAcceptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "non_acceptance_ground", length = 30)
    private NonAcceptanceGround nonAcceptanceGround;

    /** The written reasons of a non-acceptance, a suspension, a withdrawal or an abandonment. */
    @Column(name = "reasons", length = TEXT_MAX)
    private String reasons;

    @Column(name = "document_number", length = DOCUMENT_NUMBER_MAX)
    private String documentNumber;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "suspended_since")
    private LocalDateTime suspendedSince;

    @ElementCollection
    @CollectionTable(name = "complaint_suspension", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderBy("suspendedFrom")
    private List<Suspension> suspensions = new ArrayList<>();

    @Column(name = "stop_order", length = TEXT_MAX)
    private String stopOrder;

    @Column(name = "stop_ordered_at")
    private LocalDateTime stopOrderedAt;

    @Column(name = "extension_requested_days")
    private Integer extensionRequestedDays;

    @Column(name = "extension_reason", length = TEXT_MAX)
    private String extensionReason;

    @Column(name = "extension_requested_by", length = UserName.MAX)
    private String extensionRequestedBy;

    @Column(name = "extension_decided_by", length = UserName.MAX)
    private String extensionDecidedBy;

    @Column(name = "extension_approved")
    private Boolean extensionApproved;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extension_notified_at")
    private LocalDateTime extensionNotifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private ComplaintOutcome outcome;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = UserName.MAX)
    private String decidedBy;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "follow_up", length = TEXT_MAX)
    private String followUp;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected Complaint() {
        // for JPA
    }

    /**
     * A complaint as received.
     *
     * @param number         its receipt number ({@link ReceiptNumber})
     * @param unitId         the unit that handles it
     * @param form           what was written down (validated)
     * @param respondentName the respondent's name, from the registry or as the complainant named them
     * @param respondentUnit the unit of a centre or staff member complained about, else null
     * @param caseRef        the case concerned as the cases context knows it, or null
     * @param receivedAt     when it came in, China Standard Time
     * @param receivedBy     who wrote it down; null for the public form
     */
    public Complaint(String number, long unitId, ComplaintForm form, String respondentName, Long respondentUnit,
                     CaseRef caseRef, LocalDateTime receivedAt, String receivedBy) {
        this.number = Objects.requireNonNull(number);
        this.unitId = unitId;
        this.channel = Objects.requireNonNull(form.getChannel());
        this.complainantName = form.getComplainantName().strip();
        this.complainantPhone = blankToNull(form.getComplainantPhone());
        this.complainantAddress = blankToNull(form.getComplainantAddress());
        if (!form.namesRespondent() || respondentName == null || respondentName.isBlank()) {
            throw new BusinessException("complaints.respondentMissing");
        }
        this.respondentType = form.getRespondentType();
        this.respondentId = form.getRespondentId();
        this.respondentUsername = blankToNull(form.getRespondentUsername());
        this.respondentName = cut(respondentName.strip(), NAME_MAX);
        this.respondentUnitId = respondentUnit;
        if (caseRef != null) {
            this.caseId = caseRef.caseId();
            this.caseNumber = cut(caseRef.caseNumber(), CASE_NUMBER_MAX);
            this.caseLawyerId = caseRef.lawyerId();
            this.caseSupervisor = caseRef.supervisor();
        }
        this.ground = Objects.requireNonNull(form.getGround());
        this.facts = form.getFacts().strip();
        this.knewOn = Objects.requireNonNull(form.getKnewOn());
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.receivedBy = receivedBy;
        this.status = ComplaintStatus.RECEIVED;
    }

    /**
     * A complaint a citizen filed on the public online form (art. 9, channel ONLINE): nobody wrote it
     * down, the respondent is named in the complainant's words (the handler checks it at acceptance),
     * and a case number the complainant typed is kept as typed, linked to no case.
     */
    public static Complaint filedOnline(String number, long unitId, PublicComplaintForm form, LocalDateTime receivedAt) {
        Complaint c = new Complaint(number, unitId, form.toComplaintForm(), form.getRespondentName(), null, null, receivedAt, null);
        c.caseNumber = blankToNull(form.getCaseNumber());
        return c;
    }

    /**
     * Whether the complainant's phone ends with these four digits: the second thing, after the receipt
     * number, that a public status look-up must know.
     */
    public boolean phoneEndsWith(String lastFour) {
        if (complainantPhone == null || lastFour == null || !lastFour.matches("\\d{4}")) {
            return false;
        }
        String digits = complainantPhone.replaceAll("\\D", "");
        return digits.length() >= 4 && digits.endsWith(lastFour);
    }

    /** The case concerned, as the cases context describes it (number, lawyer and supervisor for recusal). */
    public record CaseRef(long caseId, String caseNumber, Long lawyerId, String supervisor) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String text(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new BusinessException("complaints.textRequired", field);
        }
        String t = s.strip();
        if (t.length() > TEXT_MAX) {
            throw new BusinessException("complaints.textTooLong", field, TEXT_MAX);
        }
        return t;
    }

    private void requireStatus(Set<ComplaintStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new BusinessException("complaints.wrongState", status.labelKey());
        }
    }

    private void requireStatus(ComplaintStatus allowed) {
        requireStatus(EnumSet.of(allowed));
    }

    // ----- receipt and acceptance (art. 8–15) -----

    /** Filed more than three years after the complainant knew of the matter (art. 8). */
    public boolean isOutOfTime() {
        return !ComplaintDeadlines.withinFilingPeriod(knewOn, receivedAt.toLocalDate());
    }

    /** Whether an oral complaint still waits for the complainant's confirmation of what was written down (art. 9). */
    public boolean awaitsOralConfirmation() {
        return channel.isOral() && oralConfirmedAt == null;
    }

    /** The complainant confirmed the written record of an oral complaint (art. 9). */
    public void confirmOral(LocalDateTime at) {
        requireStatus(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.AWAITING_MATERIALS));
        if (!awaitsOralConfirmation()) {
            throw new BusinessException("complaints.oral.notAwaiting");
        }
        oralConfirmedAt = at;
    }

    /**
     * The one notice of everything missing, with its deadline (一次性告知, art. 12): asked once only.
     *
     * @throws BusinessException {@code complaints.materials.once} for a second notice;
     *                           {@code complaints.materials.dueInPast} for a deadline not after today
     */
    public void requestMaterials(String what, LocalDate dueOn, LocalDateTime at) {
        requireStatus(ComplaintStatus.RECEIVED);
        if (materialsRequestedAt != null) {
            throw new BusinessException("complaints.materials.once");
        }
        if (dueOn == null || !dueOn.isAfter(at.toLocalDate())) {
            throw new BusinessException("complaints.materials.dueInPast");
        }
        materialsRequest = text(what, "materials");
        materialsDueOn = dueOn;
        materialsRequestedAt = at;
        status = ComplaintStatus.AWAITING_MATERIALS;
    }

    /** The information asked for came in: the acceptance clock runs again (art. 12, 15). */
    public void materialsReceived(LocalDateTime at) {
        requireStatus(ComplaintStatus.AWAITING_MATERIALS);
        materialsReceivedAt = at;
        status = ComplaintStatus.RECEIVED;
    }

    /** Whether the deadline for the missing information has passed without an answer at {@code at} (art. 12). */
    public boolean materialsOverdue(LocalDateTime at) {
        return status == ComplaintStatus.AWAITING_MATERIALS && at.toLocalDate().isAfter(materialsDueOn);
    }

    /**
     * Silence past the deadline of the notice counts as abandoning the complaint (视为放弃投诉, art. 12).
     *
     * @throws BusinessException {@code complaints.materials.notOverdue} before the deadline has passed
     */
    public void abandon(LocalDateTime at) {
        requireStatus(ComplaintStatus.AWAITING_MATERIALS);
        if (!materialsOverdue(at)) {
            throw new BusinessException("complaints.materials.notOverdue", materialsDueOn);
        }
        reasons = "art. 12";
        closedAt = at;
        status = ComplaintStatus.ABANDONED;
    }

    /** The acceptance's pause while the missing information was awaited (art. 12), if it came in. */
    public List<Pause> materialsPauses() {
        return materialsReceivedAt == null ? List.of() : List.of(new Pause(materialsRequestedAt, materialsReceivedAt));
    }

    /** When the acceptance decision is due: 5 working days after receipt, the wait for materials excluded (art. 15). */
    public LocalDateTime acceptanceDue(DeadlineCalendar calendar) {
        return ComplaintDeadlines.acceptanceDue(calendar, receivedAt, materialsPauses());
    }

    /**
     * Accepted (受理, art. 15): the investigation begins and the 60 days run (art. 23).
     *
     * @throws BusinessException {@code complaints.accept.respondentUnlinked} for an online complaint whose
     *                           respondent is still only the complainant's words (art. 7, 9: link it first,
     *                           {@link #linkRespondent}); {@code complaints.oral.unconfirmed} for an oral
     *                           complaint not yet confirmed; {@code complaints.accept.outOfTime} past the
     *                           three years of art. 8
     */
    public void accept(LocalDateTime at) {
        requireStatus(ComplaintStatus.RECEIVED);
        if (!isRespondentLinked()) {
            throw new BusinessException("complaints.accept.respondentUnlinked");
        }
        if (awaitsOralConfirmation()) {
            throw new BusinessException("complaints.oral.unconfirmed");
        }
        if (isOutOfTime()) {
            throw new BusinessException("complaints.accept.outOfTime", knewOn);
        }
        acceptedAt = at;
        lastAcceptedAt = at;
        status = ComplaintStatus.INVESTIGATING;
    }

    /**
     * Not accepted, in writing with a ground of art. 13–14 and the reasons (art. 15).
     *
     * @param documentNumber the number of the written notice
     */
    public void decline(NonAcceptanceGround why, String reasonText, String documentNumber, LocalDateTime at) {
        requireStatus(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.AWAITING_MATERIALS));
        nonAcceptanceGround = Objects.requireNonNull(why);
        reasons = text(reasonText, "reasons");
        this.documentNumber = documentNumber;
        closedAt = at;
        status = ComplaintStatus.NOT_ACCEPTED;
    }

    /**
     * Whether the respondent is one of the registries' (art. 7: a centre, a staff member, a firm or a
     * lawyer): always for a complaint written down by staff; for an online one only once the handler
     * has {@linkplain #linkRespondent linked} it — until then it cannot be accepted, and neither the
     * investigators' conflicts (art. 18) nor the lawyer's assessment could find the respondent.
     */
    public boolean isRespondentLinked() {
        return respondentId != null || respondentUsername != null;
    }

    /**
     * Links an online complaint's respondent, named in the complainant's words, to the registries
     * before acceptance (art. 9, 15): the type, the registry's id (centre, firm, lawyer) or user name
     * (staff member), the registry's name and, for a centre or staff member, its unit (art. 18). The
     * complainant's words are kept beside it ({@link #getRespondentWords()}), never overwritten by a
     * second link.
     *
     * @throws BusinessException {@code complaints.wrongState} unless received and not yet accepted;
     *                           {@code complaints.respondent.notOnline} for a complaint staff wrote down
     *                           (its respondent was picked from the registries then)
     */
    public void linkRespondent(RespondentType type, Long id, String username, String name, Long unitId) {
        requireStatus(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.AWAITING_MATERIALS));
        if (channel != ComplaintChannel.ONLINE) {
            throw new BusinessException("complaints.respondent.notOnline");
        }
        if ((id == null) == (username == null || username.isBlank()) || name == null || name.isBlank()) {
            throw new BusinessException("complaints.respondentMissing");
        }
        if (respondentWords == null) {
            respondentWords = respondentName;
        }
        respondentType = Objects.requireNonNull(type);
        respondentId = id;
        respondentUsername = blankToNull(username);
        respondentName = cut(name.strip(), NAME_MAX);
        respondentUnitId = unitId;
    }

    /** Whether this complaint is about the same respondent as {@code other} (a condition of merging). */
    public boolean sameRespondentAs(Complaint other) {
        return respondentType == other.respondentType && Objects.equals(respondentId, other.respondentId)
                && Objects.equals(respondentUsername, other.respondentUsername)
                && (respondentId != null || respondentUsername != null || respondentName.equals(other.respondentName));
    }

    /**
     * A repeat complaint on the same matter is merged into {@code target}, an accepted complaint of the
     * same unit and respondent: this one ends as merged, and the target's 60 days run again from now,
     * its last acceptance (art. 23).
     *
     * @throws BusinessException {@code complaints.merge.target} when the target is not under
     *                           investigation, is this one, or is of another unit;
     *                           {@code complaints.merge.otherRespondent} for another respondent
     */
    public void mergeInto(Complaint target, LocalDateTime at) {
        requireStatus(ComplaintStatus.RECEIVED);
        if (target == this || (id != null && id.equals(target.id)) || target.unitId != unitId
                || !INVESTIGATION.contains(target.status)) {
            throw new BusinessException("complaints.merge.target", target.number);
        }
        if (!sameRespondentAs(target)) {
            throw new BusinessException("complaints.merge.otherRespondent", target.number);
        }
        mergedIntoId = target.id;
        closedAt = at;
        status = ComplaintStatus.MERGED;
        target.lastAcceptedAt = at;
    }

    // ----- investigation (art. 16–21) -----

    /** An ongoing violation is ordered to stop at once (责令立即停止, art. 19). */
    public void orderStop(String what, LocalDateTime at) {
        requireStatus(ComplaintStatus.INVESTIGATING);
        stopOrder = text(what, "stopOrder");
        stopOrderedAt = at;
    }

    /** Suspended while a court or discipline body handles the matter (中止, art. 21): the decision clock stands. */
    public void suspend(String why, LocalDateTime at) {
        requireStatus(ComplaintStatus.INVESTIGATING);
        reasons = text(why, "reasons");
        suspendedSince = at;
        status = ComplaintStatus.SUSPENDED;
    }

    /** The investigation goes on; the suspension's days are not counted (art. 21, 23). */
    public void resume(LocalDateTime at) {
        requireStatus(ComplaintStatus.SUSPENDED);
        if (at.isBefore(suspendedSince)) {
            throw new BusinessException("complaints.resume.beforeSuspension");
        }
        suspensions.add(new Suspension(suspendedSince, at));
        suspendedSince = null;
        status = ComplaintStatus.INVESTIGATING;
    }

    /** The complainant withdrew the complaint: the procedure ends (终止, art. 21). */
    public void withdraw(String why, LocalDateTime at) {
        requireStatus(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.AWAITING_MATERIALS,
                ComplaintStatus.INVESTIGATING, ComplaintStatus.SUSPENDED));
        reasons = text(why, "reasons");
        if (suspendedSince != null) {
            suspensions.add(new Suspension(suspendedSince, at));
            suspendedSince = null;
        }
        closedAt = at;
        status = ComplaintStatus.WITHDRAWN;
    }

    /** The finished suspensions, oldest first. */
    public List<Pause> suspensionPauses() {
        return suspensions.stream().map(Suspension::pause).toList();
    }

    /**
     * When the decision is due: 60 days after the last acceptance, plus the approved extension, the
     * finished suspensions excluded (art. 23); null before acceptance.
     */
    public LocalDateTime decisionDue(DeadlineCalendar calendar) {
        return lastAcceptedAt == null ? null
                : ComplaintDeadlines.decisionDue(calendar, lastAcceptedAt, extensionDays, suspensionPauses());
    }

    // ----- extension (art. 23) -----

    /** Whether an extension was asked for and waits for the head. */
    public boolean extensionPending() {
        return extensionRequestedDays != null && extensionApproved == null;
    }

    /**
     * Asks the head for the one extension of at most 30 days (art. 23).
     *
     * @throws BusinessException {@code complaints.extension.once} when one was asked for before;
     *                           {@code complaints.extension.days} outside 1–30
     */
    public void requestExtension(int days, String why, String by, LocalDateTime at) {
        requireStatus(INVESTIGATION);
        if (extensionRequestedDays != null) {
            throw new BusinessException("complaints.extension.once");
        }
        if (days < 1 || days > ComplaintDeadlines.MAX_EXTENSION_DAYS) {
            throw new BusinessException("complaints.extension.days", ComplaintDeadlines.MAX_EXTENSION_DAYS);
        }
        extensionReason = text(why, "reasons");
        extensionRequestedDays = days;
        extensionRequestedBy = Objects.requireNonNull(by);
    }

    /**
     * The head approves or refuses the extension — never the one who asked for it — before the 60
     * days have run out (art. 23).
     *
     * @throws BusinessException {@code complaints.extension.none} without a pending request;
     *                           {@code complaints.extension.samePerson}; {@code complaints.extension.expired}
     *                           when the decision was already due at {@code at}
     */
    public void decideExtension(boolean approve, String by, LocalDateTime at, DeadlineCalendar calendar) {
        requireStatus(INVESTIGATION);
        if (!extensionPending()) {
            throw new BusinessException("complaints.extension.none");
        }
        if (by.equalsIgnoreCase(extensionRequestedBy)) {
            throw new BusinessException("complaints.extension.samePerson");
        }
        if (approve && status == ComplaintStatus.INVESTIGATING && !at.isBefore(decisionDue(calendar))) {
            throw new BusinessException("complaints.extension.expired");
        }
        extensionDecidedBy = by;
        extensionApproved = approve;
        if (approve) {
            extensionDays = extensionRequestedDays;
        }
    }

    /** The complainant was told of the approved extension (art. 23: 告知投诉人). */
    public void notifyExtension(LocalDateTime at) {
        if (!Boolean.TRUE.equals(extensionApproved) || extensionNotifiedAt != null) {
            throw new BusinessException("complaints.extension.notToNotify");
        }
        extensionNotifiedAt = at;
    }

    // ----- decision and follow-up (art. 22–26) -----

    /**
     * Decided with an outcome of art. 22 and the reasons; the written decision carries {@code number}.
     * The investigation's own conditions (two investigators, a record) are checked by
     * {@link ComplaintAct#DECIDE}.
     */
    public void decide(ComplaintOutcome what, String why, String number, String by, LocalDateTime at) {
        requireStatus(ComplaintStatus.INVESTIGATING);
        outcome = Objects.requireNonNull(what);
        reasons = text(why, "reasons");
        documentNumber = number;
        decidedBy = by;
        decidedAt = at;
        status = ComplaintStatus.DECIDED;
    }

    /** Whether the decision was made by its due date (for the annual report's share decided in time). */
    public Boolean decidedInTime(DeadlineCalendar calendar) {
        return decidedAt == null ? null : !decidedAt.isAfter(decisionDue(calendar));
    }

    /** When the written decision must have reached both parties (art. 24); null before the decision. */
    public LocalDateTime deliveryDue(DeadlineCalendar calendar) {
        return decidedAt == null ? null : ComplaintDeadlines.deliveryDue(calendar, decidedAt);
    }

    /** The written decision reached both parties (art. 24). A complaint not upheld is then closed. */
    public void deliver(LocalDateTime at) {
        requireStatus(ComplaintStatus.DECIDED);
        deliveredAt = at;
        if (!outcome.isUpheld()) {
            closedAt = at;
            status = ComplaintStatus.CLOSED;
        } else {
            status = ComplaintStatus.DELIVERED;
        }
    }

    /** The decision was carried out (跟踪落实, art. 26): the complaint is closed. */
    public void followUp(String what, LocalDateTime at) {
        requireStatus(ComplaintStatus.DELIVERED);
        followUp = text(what, "followUp");
        closedAt = at;
        status = ComplaintStatus.CLOSED;
    }

    /** Whether the complaint was upheld against a lawyer (for the lawyer's annual assessment, LAL art. 60). */
    public boolean isUpheldAgainstLawyer() {
        return outcome != null && outcome.isUpheld() && respondentType == RespondentType.LAWYER;
    }

    // ----- read access -----

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getNumber() { return number; }
    public long getUnitId() { return unitId; }
    public ComplaintChannel getChannel() { return channel; }
    public String getComplainantName() { return complainantName; }
    public String getComplainantPhone() { return complainantPhone; }
    public String getComplainantAddress() { return complainantAddress; }
    public RespondentType getRespondentType() { return respondentType; }
    public Long getRespondentId() { return respondentId; }
    public String getRespondentUsername() { return respondentUsername; }
    public String getRespondentName() { return respondentName; }
    public Long getRespondentUnitId() { return respondentUnitId; }
    public String getRespondentWords() { return respondentWords; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public Long getCaseLawyerId() { return caseLawyerId; }
    public String getCaseSupervisor() { return caseSupervisor; }
    public ComplaintGround getGround() { return ground; }
    public String getFacts() { return facts; }
    public LocalDate getKnewOn() { return knewOn; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public String getReceivedBy() { return receivedBy; }
    public LocalDateTime getOralConfirmedAt() { return oralConfirmedAt; }
    public ComplaintStatus getStatus() { return status; }
    public String getMaterialsRequest() { return materialsRequest; }
    public LocalDateTime getMaterialsRequestedAt() { return materialsRequestedAt; }
    public LocalDate getMaterialsDueOn() { return materialsDueOn; }
    public LocalDateTime getMaterialsReceivedAt() { return materialsReceivedAt; }
    public LocalDateTime getAcceptedAt() { return acceptedAt; }
    public LocalDateTime getLastAcceptedAt() { return lastAcceptedAt; }
    public NonAcceptanceGround getNonAcceptanceGround() { return nonAcceptanceGround; }
    public String getReasons() { return reasons; }
    public String getDocumentNumber() { return documentNumber; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public LocalDateTime getSuspendedSince() { return suspendedSince; }
    public String getStopOrder() { return stopOrder; }
    public LocalDateTime getStopOrderedAt() { return stopOrderedAt; }
    public Integer getExtensionRequestedDays() { return extensionRequestedDays; }
    public String getExtensionReason() { return extensionReason; }
    public String getExtensionRequestedBy() { return extensionRequestedBy; }
    public String getExtensionDecidedBy() { return extensionDecidedBy; }
    public Boolean getExtensionApproved() { return extensionApproved; }
    public int getExtensionDays() { return extensionDays; }
    public LocalDateTime getExtensionNotifiedAt() { return extensionNotifiedAt; }
    public ComplaintOutcome getOutcome() { return outcome; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDeliveredAt() { return deliveredAt; }
    public String getFollowUp() { return followUp; }
    public LocalDateTime getClosedAt() { return closedAt; }
}
