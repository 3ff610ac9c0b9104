package org.legalaid.intake;

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
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A notified criminal case (通知辩护, docs/domain.md "Case lifecycle" 7): a court, procuratorate or
 * police tells the legal aid centre that a suspect or defendant without a lawyer falls under LAL
 * art. 25 (or art. 28), and the centre must assign a lawyer within 3 days of receiving the notice
 * and tell the organ (art. 36). No application and no means test: the notice itself is the basis.
 *
 * <p>Rules held here: the organ fits the stage and the grounds fit both ({@link NoticeRules}); a
 * notice is not received in the future; a birth date typed beside an ID number agrees with it;
 * one organ's document is one notice — the database keeps the normalised pair
 * ({@link NoticeKey}) unique, so a retried or re-typed notice never becomes a second case; only a
 * notice still waiting for its lawyer can be withdrawn or assigned.
 */
@Entity
@Table(name = "criminal_notice")
public class CriminalNotice implements Serializable {

    public static final int ORGAN_NAME_MAX = 100;
    public static final int DOCUMENT_NUMBER_MAX = 60;
    public static final int NAME_MAX = 50;
    public static final int CHARGE_MAX = 100;
    public static final int DETENTION_PLACE_MAX = 100;
    public static final int NOTES_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final int LANGUAGE_MAX = 10;

    @Id
    @SequenceGenerator(name = "criminal_notice_seq", sequenceName = "criminal_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criminal_notice_seq")
    private Long id;

    @Version
    private long version;

    /** The receiving legal aid centre (the organisation context's unit, by id). */
    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "organ_type", nullable = false, length = 20, updatable = false)
    private NotifyingOrganType organType;

    @Column(name = "organ_name", nullable = false, length = ORGAN_NAME_MAX, updatable = false)
    private String organName;

    @Column(name = "organ_key", nullable = false, length = ORGAN_NAME_MAX, updatable = false)
    private String organKey;

    @Column(name = "organ_document_number", nullable = false, length = DOCUMENT_NUMBER_MAX, updatable = false)
    private String organDocumentNumber;

    @Column(name = "document_key", nullable = false, length = DOCUMENT_NUMBER_MAX, updatable = false)
    private String documentKey;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "defendant_name", nullable = false, length = NAME_MAX)
    private String defendantName;

    @Column(name = "defendant_id_number", length = ResidentIdNumber.LENGTH)
    private String defendantIdNumber;

    @Column(name = "defendant_birth_date")
    private LocalDate defendantBirthDate;

    @Column(name = "charge", nullable = false, length = CHARGE_MAX)
    private String charge;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30)
    private ProceedingStage stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "criminal_notice_ground", joinColumns = @JoinColumn(name = "notice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 40)
    private Set<MandatoryDefenceGround> grounds = EnumSet.noneOf(MandatoryDefenceGround.class);

    /** The notifying organ's district (GB/T 2260), when named; else the receiving centre's applies. */
    @Column(name = "region_code", length = 6, updatable = false)
    private String regionCode;

    /** The language the defendant needs (sign language, a minority language), or null. */
    @Column(name = "defendant_language", length = LANGUAGE_MAX, updatable = false)
    private String defendantLanguage;

    @Column(name = "detention_place", length = DETENTION_PLACE_MAX)
    private String detentionPlace;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private NoticeStatus status;

    @Column(name = "assigned_at")
    private OffsetDateTime assignedAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by", length = UserName.MAX)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String withdrawalReason;

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected CriminalNotice() {
        // for JPA
    }

    /**
     * Receives a notice.
     *
     * @param form       what the clerk or the organ's system sent (validated by Bean Validation)
     * @param idNumber   the defendant's parsed ID number, or null
     * @param unitId     the receiving centre
     * @param receivedAt when the notice reached the centre; not after {@code now}
     * @param createdBy  the user name of the clerk or the organ's account
     * @param now        the current time
     * @throws BusinessException {@code intake.notice.receivedInFuture};
     *                           {@code intake.notice.birthDateContradictsId};
     *                           {@code intake.notice.birthDateInFuture};
     *                           {@code intake.notice.minorGroundForAdult}; and the rules of
     *                           {@link NoticeRules#check}
     */
    public CriminalNotice(NewCriminalNotice form, ResidentIdNumber idNumber, long unitId, OffsetDateTime receivedAt,
                          String createdBy, OffsetDateTime now) {
        if (receivedAt.isAfter(now)) {
            throw new BusinessException("intake.notice.receivedInFuture");
        }
        NoticeRules.check(form.getOrganType(), form.getStage(), form.groundSet());
        LocalDate birth = form.getDefendantBirthDate();
        if (idNumber != null) {
            if (birth != null && !birth.equals(idNumber.birthDate())) {
                throw new BusinessException("intake.notice.birthDateContradictsId", birth, idNumber.birthDate());
            }
            birth = idNumber.birthDate();
        } else if (birth != null && birth.isAfter(receivedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate())) {
            throw new BusinessException("intake.notice.birthDateInFuture", birth);
        }
        checkMinorGround(form.groundSet(), birth, receivedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate());
        NoticeKey key = NoticeKey.of(form.getOrganName(), form.getOrganDocumentNumber());
        this.unitId = unitId;
        this.organType = form.getOrganType();
        this.organName = form.getOrganName().strip();
        this.organKey = key.organ();
        this.organDocumentNumber = form.getOrganDocumentNumber().strip();
        this.documentKey = key.document();
        this.receivedAt = receivedAt;
        this.defendantName = form.getDefendantName().strip();
        this.defendantIdNumber = idNumber == null ? null : idNumber.value();
        this.defendantBirthDate = birth;
        this.charge = form.getCharge().strip();
        this.stage = form.getStage();
        this.grounds = form.groundSet();
        this.detentionPlace = form.getDetentionPlace();
        this.regionCode = form.getOrganRegionCode();
        this.defendantLanguage = form.getDefendantLanguage();
        this.notes = form.getNotes();
        this.status = NoticeStatus.RECEIVED;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
    }

    /**
     * The organ withdraws the notice before a lawyer is assigned (the defendant hired a lawyer,
     * the case was dropped). After assignment, ending the aid is a termination (LAL art. 48).
     *
     * @throws BusinessException {@code intake.notice.notWithdrawable} unless still received
     */
    public void withdraw(String reason, String by, OffsetDateTime now) {
        if (status != NoticeStatus.RECEIVED) {
            throw new BusinessException("intake.notice.notWithdrawable", status.labelKey());
        }
        this.status = NoticeStatus.WITHDRAWN;
        this.withdrawalReason = Objects.requireNonNull(reason).strip();
        this.withdrawnBy = Objects.requireNonNull(by);
        this.withdrawnAt = now;
    }

    /**
     * Records that a lawyer was assigned (LAL art. 36); for the assignment context.
     *
     * @throws BusinessException {@code intake.notice.notAssignable} unless still received
     */
    public void markAssigned(OffsetDateTime now) {
        if (status != NoticeStatus.RECEIVED) {
            throw new BusinessException("intake.notice.notAssignable", status.labelKey());
        }
        this.status = NoticeStatus.ASSIGNED;
        this.assignedAt = now;
    }

    /**
     * What the law asks of the lawyer of this notice ({@link StatutoryNeeds#ofNotice}): 3+ years of
     * criminal practice (LAL art. 26), experience with minors, the language the defendant needs,
     * the district — the organ's, else {@code centreRegion}.
     *
     * @param centreRegion the receiving centre's district, or null
     */
    public java.util.List<StatutoryNeed> statutoryNeeds(String centreRegion) {
        return StatutoryNeeds.ofNotice(stage, grounds, defendantBirthDate, receivedAtInChina().toLocalDate(),
                defendantLanguage, regionCode, centreRegion);
    }

    /**
     * Whether the lawyer must have 3 or more years of criminal defence practice: a defendant who
     * may be sentenced to life imprisonment or death, and any defendant in death-penalty review
     * (LAL art. 26).
     */
    public boolean needsSeniorCriminalLawyer() {
        return StatutoryNeeds.find(statutoryNeeds(null), StatutoryNeed.Kind.SENIOR_CRIMINAL).isPresent();
    }

    /**
     * Whether the lawyer must know minors' cases: the ground is {@link MandatoryDefenceGround#MINOR},
     * or the birth date shows a defendant under 18 on the day the notice arrived.
     */
    public boolean needsJuvenileExperience() {
        return StatutoryNeeds.find(statutoryNeeds(null), StatutoryNeed.Kind.JUVENILE).isPresent();
    }

    /** When the notice arrived, China Standard Time: the start of the 3-day clock (LAL art. 36). */
    public LocalDateTime receivedAtInChina() {
        return receivedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }

    /** When a lawyer must be assigned by, counted from receipt with {@code limit} on {@code calendar}. */
    public Deadline assignmentDeadline(DeadlineCalendar calendar, TimeLimit limit) {
        return calendar.due(receivedAtInChina(), limit);
    }

    /**
     * The assignment deadline with the law's default limit (3 days, LAL art. 36,
     * {@link StatutoryClock#ASSIGN_AFTER_NOTICE}) counted in calendar days, which weekends and
     * holidays do not move. The statutory clock of the centre, whose limits are data, replaces it.
     */
    public Deadline defaultAssignmentDeadline() {
        return assignmentDeadline(new DeadlineCalendar(HolidayCalendar.weekendsOnly()), StatutoryClock.ASSIGN_AFTER_NOTICE);
    }

    /** A short label for lists and clocks: organ, document number and defendant. */
    public String label() {
        return organName + " " + organDocumentNumber + " · " + defendantName;
    }

    /** The notice's identity across retries. */
    public NoticeKey key() {
        return new NoticeKey(organKey, documentKey);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public NotifyingOrganType getOrganType() {
        return organType;
    }

    public String getOrganName() {
        return organName;
    }

    public String getOrganDocumentNumber() {
        return organDocumentNumber;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getDefendantName() {
        return defendantName;
    }

    /** The full number, for documents; screens show {@link #getDefendantIdNumberMasked()}. */
    public String defendantIdNumber() {
        return defendantIdNumber;
    }

    public String getDefendantIdNumberMasked() {
        return defendantIdNumber == null ? null : ResidentIdNumber.mask(defendantIdNumber);
    }

    public LocalDate getDefendantBirthDate() {
        return defendantBirthDate;
    }

    public String getCharge() {
        return charge;
    }

    public ProceedingStage getStage() {
        return stage;
    }

    public Set<MandatoryDefenceGround> getGrounds() {
        return grounds.isEmpty() ? EnumSet.noneOf(MandatoryDefenceGround.class) : EnumSet.copyOf(grounds);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDefendantLanguage() {
        return defendantLanguage;
    }

    public String getDetentionPlace() {
        return detentionPlace;
    }

    public String getNotes() {
        return notes;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }

    public OffsetDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /**
     * The age from which the ground {@link MandatoryDefenceGround#MINOR} (LAL art. 25 para. 1 item 1:
     * a minor suspect or defendant) is refused: the notice states no date of the offence, and a
     * defendant whose offence was committed before 18 may still be before the court as a juvenile
     * up to 20, so only a defendant who was 20 or older on the day the notice was received cannot be
     * the minor the ground names (issue 19: a defendant born in 1980 was accepted as a minor).
     */
    public static final int MINOR_GROUND_MAX_AGE = 20;

    /** Refuses {@link MandatoryDefenceGround#MINOR} where the birth date decides against it. */
    static void checkMinorGround(Set<MandatoryDefenceGround> grounds, LocalDate birth, LocalDate receivedOn) {
        if (birth != null && grounds.contains(MandatoryDefenceGround.MINOR)
                && java.time.Period.between(birth, receivedOn).getYears() >= MINOR_GROUND_MAX_AGE) {
            throw new BusinessException("intake.notice.minorGroundForAdult", birth);
        }
    }
}
