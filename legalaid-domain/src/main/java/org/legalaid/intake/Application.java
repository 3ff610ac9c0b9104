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
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An application for legal aid (申请, docs/domain.md "Case lifecycle" 2–6), from its receipt to the
 * decision, an objection against a refusal, or its withdrawal. Every change of state is a method
 * that checks the state it starts from and the order of dates, so that "application ≤
 * acceptance ≤ decision" holds by construction (seed 004 found files decided before they were
 * received); the boundary writes a timeline entry ({@link ApplicationStep}) and the audit trail
 * for each.
 *
 * <p>The review's figures ({@link ReviewFindings}) are copied onto the application when the
 * reviewer proposes a decision: the decision letter, the approver and a later inspection see the
 * standard, the income per head and the exemption as they were that day, not as they are now.
 */
@Entity
@Table(name = "application")
public class Application implements Serializable {

    public static final int FACTS_MAX = 4000;
    public static final int NAME_MAX = 50;
    public static final int PLACE_MAX = 100;
    public static final int REASONS_MAX = 2000;
    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    /** Copied for lists and the timeline; the register keeps the person's details. */
    @Column(name = "applicant_name", nullable = false, length = Applicant.NAME_MAX)
    private String applicantName;

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false, length = 30)
    private MatterType matterType;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_category", nullable = false, length = 40)
    private MatterCategory matterCategory;

    @Column(name = "facts", nullable = false, length = FACTS_MAX)
    private String facts;

    @Column(name = "opposing_party_name", length = NAME_MAX)
    private String opposingPartyName;

    @Column(name = "opposing_party_id_number", length = ResidentIdNumber.LENGTH)
    private String opposingPartyIdNumber;

    @Column(name = "opposing_party_birth_date")
    private LocalDate opposingPartyBirthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 30, updatable = false)
    private ApplicationChannel channel;

    @Column(name = "custody_facility", length = PLACE_MAX, updatable = false)
    private String custodyFacility;

    @Column(name = "custody_received_at", updatable = false)
    private LocalDateTime custodyReceivedAt;

    @Column(name = "forwarded_late", nullable = false, updatable = false)
    private boolean forwardedLate;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    /** In a criminal matter: may be sentenced to life imprisonment or death, or in death-penalty review (LAL art. 26). */
    @Column(name = "life_or_death", nullable = false, updatable = false)
    private boolean lifeOrDeath;

    /** The language the applicant needs (sign language, a minority language), or null. */
    @Column(name = "client_language", length = CriminalNotice.LANGUAGE_MAX, updatable = false)
    private String clientLanguage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_document", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "document", nullable = false, length = 40)
    private Set<SupportingDocument> documents = EnumSet.noneOf(SupportingDocument.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;

    @Column(name = "received_by", nullable = false, length = UserName.MAX, updatable = false)
    private String receivedBy;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "accepted_by", length = UserName.MAX)
    private String acceptedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "jurisdiction", length = 40)
    private JurisdictionGround jurisdiction;

    @Column(name = "materials_requested_at")
    private LocalDateTime materialsRequestedAt;

    @Column(name = "materials_due_at")
    private LocalDateTime materialsDueAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_missing_document", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "document", nullable = false, length = 40)
    private Set<SupportingDocument> missingDocuments = EnumSet.noneOf(SupportingDocument.class);

    @Column(name = "materials_note", length = NOTE_MAX)
    private String materialsNote;

    @Column(name = "materials_supplied_at")
    private LocalDateTime materialsSuppliedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgent_ground", length = 30)
    private UrgentGround urgentGround;

    @Column(name = "urgent_note", length = NOTE_MAX)
    private String urgentNote;

    @Column(name = "urgent_started_at")
    private LocalDateTime urgentStartedAt;

    @Column(name = "urgent_started_by", length = UserName.MAX)
    private String urgentStartedBy;

    @Column(name = "scope_in", nullable = true)
    private Boolean inScope;

    @Column(name = "scope_rule", length = 60)
    private String scopeRule;

    @Column(name = "scope_basis_key", length = 80)
    private String scopeBasisKey;

    @Column(name = "exemption_code", length = 60)
    private String exemptionCode;

    @Column(name = "exemption_basis", length = 300)
    private String exemptionBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification", length = 30)
    private HardshipVerification verification;

    @Column(name = "income_per_head", precision = 12, scale = 2)
    private BigDecimal incomePerHead;

    @Column(name = "hardship_limit", precision = 12, scale = 2)
    private BigDecimal hardshipLimit;

    @Column(name = "standard_year")
    private Integer standardYear;

    @Column(name = "proposed_grant")
    private Boolean proposedGrant;

    @Column(name = "reasons", length = REASONS_MAX)
    private String reasons;

    @Column(name = "proposed_by", length = UserName.MAX)
    private String proposedBy;

    @Column(name = "proposed_at")
    private LocalDateTime proposedAt;

    @Column(name = "decided_by", length = UserName.MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_number", length = 60)
    private String decisionNumber;

    @Column(name = "objection_grounds", length = REASONS_MAX)
    private String objectionGrounds;

    @Column(name = "objection_received_at")
    private LocalDateTime objectionReceivedAt;

    @Column(name = "objection_received_by", length = UserName.MAX)
    private String objectionReceivedBy;

    @Column(name = "objection_ordered_aid")
    private Boolean objectionOrderedAid;

    @Column(name = "objection_reasons", length = REASONS_MAX)
    private String objectionReasons;

    @Column(name = "objection_decided_by", length = UserName.MAX)
    private String objectionDecidedBy;

    @Column(name = "objection_decided_at")
    private LocalDateTime objectionDecidedAt;

    @Column(name = "objection_decision_number", length = 60)
    private String objectionDecisionNumber;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    protected Application() {
        // for JPA
    }

    /**
     * Receives an application in {@code unitId} from a registered applicant of that unit.
     *
     * @throws BusinessException {@code intake.application.custodyDetailsMissing} when a forwarded
     *                           application lacks the facility or the moment it received it;
     *                           {@code intake.application.custodyAfterReceipt} when that moment is
     *                           after the centre received it; {@code intake.application.opposingPartyIsApplicant}
     *                           when the opposing party's ID number is the applicant's own;
     *                           {@code intake.application.opposingBirthDateContradictsId} when a
     *                           typed birth date differs from the ID number's
     */
    public Application(NewApplication form, Applicant applicant, long unitId, String receivedBy, LocalDateTime receivedAt) {
        Objects.requireNonNull(form, "form");
        this.unitId = unitId;
        this.applicantId = applicant.getId();
        this.applicantName = applicant.getFullName();
        this.consultationId = form.getConsultationId();
        this.matterType = form.getMatterType();
        this.matterCategory = form.getMatterCategory();
        this.facts = form.getFacts().strip();
        this.opposingPartyName = blankToNull(form.getOpposingPartyName());
        this.opposingPartyBirthDate = form.getOpposingPartyBirthDate();
        if (form.getOpposingPartyIdNumber() != null) {
            ResidentIdNumber opposing = ResidentIdNumber.parse(form.getOpposingPartyIdNumber(), receivedAt.toLocalDate());
            if (opposing.value().equals(applicant.idNumber())) {
                throw new BusinessException("intake.application.opposingPartyIsApplicant");
            }
            if (opposingPartyBirthDate != null && !opposingPartyBirthDate.equals(opposing.birthDate())) {
                throw new BusinessException("intake.application.opposingBirthDateContradictsId", opposing.birthDate());
            }
            this.opposingPartyIdNumber = opposing.value();
            this.opposingPartyBirthDate = opposing.birthDate();
        }
        this.channel = form.getChannel();
        this.receivedBy = Objects.requireNonNull(receivedBy);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        if (channel == ApplicationChannel.CUSTODY_FORWARD) {
            if (blankToNull(form.getCustodyFacility()) == null || form.getCustodyReceivedAt() == null) {
                throw new BusinessException("intake.application.custodyDetailsMissing");
            }
            if (form.getCustodyReceivedAt().isAfter(receivedAt)) {
                throw new BusinessException("intake.application.custodyAfterReceipt");
            }
            this.custodyFacility = form.getCustodyFacility().strip();
            this.custodyReceivedAt = form.getCustodyReceivedAt();
            this.forwardedLate = forwardingDeadline().isBefore(receivedAt);
        }
        this.regionCode = form.getRegionCode();
        if (form.isLifeOrDeath() && matterType != MatterType.CRIMINAL) {
            throw new BusinessException("intake.application.lifeOrDeathNotCriminal", matterType.labelKey());
        }
        this.lifeOrDeath = form.isLifeOrDeath();
        this.clientLanguage = form.getClientLanguage();
        this.documents = form.documentSet();
        this.status = ApplicationStatus.SUBMITTED;
    }

    /**
     * When a forwarded application had to reach the centre: 24 hours from the moment the custody
     * facility, case-handling organ or duty lawyer received it, round the clock (LAL art. 39).
     */
    public LocalDateTime forwardingDeadline() {
        if (custodyReceivedAt == null) {
            throw new IllegalStateException("not forwarded from custody");
        }
        return new DeadlineCalendar(HolidayCalendar.weekendsOnly())
                .due(custodyReceivedAt, StatutoryClock.FORWARD_CUSTODY_APPLICATION).endsAt();
    }

    /**
     * Accepts the application (受理) on a ground of jurisdiction that fits the matter (LAL art. 38).
     *
     * @throws BusinessException {@code intake.application.wrongStatus}; {@code intake.application.jurisdictionDoesNotFit}
     */
    public void accept(JurisdictionGround ground, String by, LocalDateTime at) {
        requireStatus(ApplicationStatus.SUBMITTED);
        Objects.requireNonNull(ground, "ground");
        if (!ground.fits(matterType)) {
            throw new BusinessException("intake.application.jurisdictionDoesNotFit", ground.labelKey(), matterType.labelKey());
        }
        notBefore(at, receivedAt);
        this.jurisdiction = ground;
        this.acceptedBy = by;
        this.acceptedAt = at;
        this.status = ApplicationStatus.ACCEPTED;
    }

    /**
     * Sends the one written list of missing materials (一次性书面告知补正, LAL art. 43). It can go
     * out only once per application; the decision clock stops until the materials arrive, and
     * an applicant who lets {@code dueAt} pass is deemed to have withdrawn.
     *
     * @throws BusinessException {@code intake.application.wrongStatus}; {@code intake.application.materialsAlreadyRequested};
     *                           {@code intake.application.noMaterialsListed}
     */
    public void requestMaterials(Set<SupportingDocument> missing, String note, LocalDateTime dueAt, LocalDateTime at) {
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED);
        if (materialsRequestedAt != null) {
            throw new BusinessException("intake.application.materialsAlreadyRequested");
        }
        if (missing == null || missing.isEmpty()) {
            throw new BusinessException("intake.application.noMaterialsListed");
        }
        notBefore(at, latestStep());
        this.missingDocuments = EnumSet.copyOf(missing);
        this.materialsNote = blankToNull(note);
        this.materialsRequestedAt = at;
        this.materialsDueAt = Objects.requireNonNull(dueAt);
        this.status = ApplicationStatus.AWAITING_MATERIALS;
    }

    /** The listed materials arrived: they join the documents received and review goes on. */
    public void supplyMaterials(LocalDateTime at) {
        requireStatus(ApplicationStatus.AWAITING_MATERIALS);
        notBefore(at, materialsRequestedAt);
        documents.addAll(missingDocuments);
        this.materialsSuppliedAt = at;
        this.status = acceptedAt != null ? ApplicationStatus.ACCEPTED : ApplicationStatus.SUBMITTED;
    }

    /**
     * The applicant did not supply the listed materials by their deadline: the application is
     * deemed withdrawn (视为撤回, LAL art. 43).
     *
     * @throws BusinessException {@code intake.application.materialsNotYetDue} before the deadline
     */
    public void deemWithdrawn(LocalDateTime at) {
        requireStatus(ApplicationStatus.AWAITING_MATERIALS);
        if (at.isBefore(materialsDueAt)) {
            throw new BusinessException("intake.application.materialsNotYetDue", materialsDueAt);
        }
        this.withdrawnAt = at;
        this.status = ApplicationStatus.DEEMED_WITHDRAWN;
    }

    /**
     * Starts aid before the review is complete (先行提供, LAL art. 44). The formalities still
     * owed ({@link #formalitiesOwed()}) stay on the application until they are done.
     *
     * @throws BusinessException {@code intake.application.wrongStatus} once decided;
     *                           {@code intake.application.urgentAlreadyStarted}
     */
    public void startUrgentAid(UrgentGround ground, String note, String by, LocalDateTime at) {
        if (!status.isUndecided()) {
            throw wrongStatus();
        }
        if (urgentStartedAt != null) {
            throw new BusinessException("intake.application.urgentAlreadyStarted");
        }
        notBefore(at, receivedAt);
        this.urgentGround = Objects.requireNonNull(ground, "ground");
        this.urgentNote = blankToNull(note);
        this.urgentStartedBy = by;
        this.urgentStartedAt = at;
    }

    /** What an application whose aid started early still owes; empty when nothing is owed. */
    public FormalitiesOwed formalitiesOwed() {
        EnumSet<SupportingDocument> owed = EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS);
        if (verification != HardshipVerification.EXEMPT && !documents.contains(SupportingDocument.INTEGRITY_PLEDGE)) {
            owed.add(SupportingDocument.HARDSHIP_CERTIFICATE);
        }
        owed.removeAll(documents);
        boolean decided = status == ApplicationStatus.GRANTED;
        return new FormalitiesOwed(acceptedAt == null, owed, !decided);
    }

    /**
     * The reviewer proposes to grant or refuse, with written reasons; the review's findings are
     * kept. A grant needs the matter in scope (LAL art. 31–33) and the economic condition met by
     * an exemption or the means test (LAL art. 34, 41, 42), verified by a document the
     * application holds.
     *
     * @throws BusinessException {@code intake.application.notAccepted}; {@code intake.application.grantOutOfScope};
     *                           {@code intake.application.grantWithoutHardship};
     *                           {@code intake.application.verificationDocumentMissing}
     */
    public void propose(boolean grant, ReviewFindings findings, HardshipVerification chosen, String reasons,
                        String by, LocalDateTime at) {
        if (status == ApplicationStatus.SUBMITTED) {
            throw new BusinessException("intake.application.notAccepted");
        }
        requireStatus(ApplicationStatus.ACCEPTED);
        Objects.requireNonNull(findings, "findings");
        HardshipVerification verified = findings.exemption().isPresent() ? HardshipVerification.EXEMPT : chosen;
        if (grant) {
            if (!findings.scope().inScope()) {
                throw new BusinessException("intake.application.grantOutOfScope");
            }
            if (!findings.hardshipSatisfied()) {
                throw new BusinessException("intake.application.grantWithoutHardship");
            }
            if (verified == null) {
                throw new BusinessException("intake.application.verificationMissing");
            }
            SupportingDocument needed = switch (verified) {
                case CERTIFICATE -> SupportingDocument.HARDSHIP_CERTIFICATE;
                case INTEGRITY_PLEDGE -> SupportingDocument.INTEGRITY_PLEDGE;
                case INFORMATION_SHARING, EXEMPT -> null;
            };
            if (needed != null && !documents.contains(needed)) {
                throw new BusinessException("intake.application.verificationDocumentMissing", needed.labelKey());
            }
        }
        notBefore(at, latestStep());
        this.inScope = findings.scope().inScope();
        this.scopeRule = findings.scope().ruleCode();
        this.scopeBasisKey = findings.scope().basisKey();
        this.exemptionCode = findings.exemption().map(ExemptionRule::code).orElse(null);
        this.exemptionBasis = findings.exemption().map(ExemptionRule::legalBasis).orElse(null);
        this.incomePerHead = findings.meansTest().map(MeansTestResult::incomePerHead).orElse(null);
        this.hardshipLimit = findings.meansTest().map(MeansTestResult::perHeadLimit).orElse(null);
        this.standardYear = findings.meansTest().map(m -> m.standard().year()).orElse(null);
        this.verification = verified;
        this.proposedGrant = grant;
        this.reasons = Objects.requireNonNull(reasons).strip();
        this.proposedBy = by;
        this.proposedAt = at;
        this.status = ApplicationStatus.PENDING_APPROVAL;
    }

    /** The approver sends the proposal back to the reviewer. */
    public void returnToReview(LocalDateTime at) {
        requireStatus(ApplicationStatus.PENDING_APPROVAL);
        notBefore(at, proposedAt);
        this.proposedGrant = null;
        this.proposedBy = null;
        this.proposedAt = null;
        this.status = ApplicationStatus.ACCEPTED;
    }

    /**
     * The approver approves the proposal: the decision is taken (决定, LAL art. 43). The approver
     * is never the one who proposed it (a clerk or reviewer cannot decide alone).
     *
     * @throws BusinessException {@code intake.application.approverIsProposer}
     */
    public void approve(String approver, LocalDateTime at, String documentNumber) {
        requireStatus(ApplicationStatus.PENDING_APPROVAL);
        if (approver.equals(proposedBy)) {
            throw new BusinessException("intake.application.approverIsProposer");
        }
        notBefore(at, proposedAt);
        this.decidedBy = approver;
        this.decidedAt = at;
        this.decisionNumber = documentNumber;
        this.status = proposedGrant ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED;
    }

    /**
     * A refused applicant objects to the justice bureau (异议, LAL art. 49).
     *
     * @throws BusinessException {@code intake.application.wrongStatus} unless refused;
     *                           {@code intake.application.objectionAlreadyReceived}
     */
    public void receiveObjection(String grounds, String by, LocalDateTime at) {
        if (objectionReceivedAt != null) {
            throw new BusinessException("intake.application.objectionAlreadyReceived");
        }
        requireStatus(ApplicationStatus.REFUSED);
        notBefore(at, decidedAt);
        this.objectionGrounds = Objects.requireNonNull(grounds).strip();
        this.objectionReceivedBy = by;
        this.objectionReceivedAt = at;
        this.status = ApplicationStatus.OBJECTION_PENDING;
    }

    /**
     * The justice bureau decides the objection: it upholds the refusal, or orders the centre to
     * provide aid — then the application is granted and goes to assignment (LAL art. 49).
     */
    public void decideObjection(boolean orderAid, String reasons, String by, LocalDateTime at, String documentNumber) {
        requireStatus(ApplicationStatus.OBJECTION_PENDING);
        notBefore(at, objectionReceivedAt);
        this.objectionOrderedAid = orderAid;
        this.objectionReasons = Objects.requireNonNull(reasons).strip();
        this.objectionDecidedBy = by;
        this.objectionDecidedAt = at;
        this.objectionDecisionNumber = documentNumber;
        this.status = orderAid ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSAL_UPHELD;
    }

    /** True when aid was granted, by the centre or on the bureau's order. */
    public boolean isGranted() {
        return status == ApplicationStatus.GRANTED;
    }

    /**
     * Whether a lawyer is to be assigned (LAL art. 43, 44, 49): granted by the centre or on the
     * bureau's order, or aid started early while the decision is still to come.
     */
    public boolean isOpenForAssignment() {
        return isGranted() || (isUrgent() && status.isUndecided());
    }

    /** The latest moment anything happened, which the next step may not precede. */
    public LocalDateTime latestStep() {
        LocalDateTime latest = receivedAt;
        for (LocalDateTime t : new LocalDateTime[]{acceptedAt, materialsRequestedAt, materialsSuppliedAt, urgentStartedAt,
                proposedAt, decidedAt, objectionReceivedAt, objectionDecidedAt}) {
            if (t != null && t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest;
    }

    private void requireStatus(ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw wrongStatus();
    }

    private BusinessException wrongStatus() {
        return new BusinessException("intake.application.wrongStatus", status.labelKey());
    }

    /**
     * The date-logic invariant (docs/domain.md "Case lifecycle" 9): no step is dated before the step
     * it follows.
     */
    private static void notBefore(LocalDateTime at, LocalDateTime previous) {
        Objects.requireNonNull(at, "at");
        if (previous != null && at.isBefore(previous)) {
            throw new BusinessException("intake.application.dateBeforePreviousStep", at, previous);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // Reading -----------------------------------------------------------------------------

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getUnitId() { return unitId; }
    public long getApplicantId() { return applicantId; }
    public String getApplicantName() { return applicantName; }
    public Long getConsultationId() { return consultationId; }
    public MatterType getMatterType() { return matterType; }
    public MatterCategory getMatterCategory() { return matterCategory; }
    public String getFacts() { return facts; }
    public String getOpposingPartyName() { return opposingPartyName; }
    /** The full number, for the conflict check and documents; screens show {@link #getOpposingPartyIdMasked()}. */
    public String opposingPartyIdNumber() { return opposingPartyIdNumber; }
    public String getOpposingPartyIdMasked() { return opposingPartyIdNumber == null ? null : ResidentIdNumber.mask(opposingPartyIdNumber); }
    public LocalDate getOpposingPartyBirthDate() { return opposingPartyBirthDate; }
    public ApplicationChannel getChannel() { return channel; }
    public String getCustodyFacility() { return custodyFacility; }
    public LocalDateTime getCustodyReceivedAt() { return custodyReceivedAt; }
    public boolean isForwardedLate() { return forwardedLate; }
    public String getRegionCode() { return regionCode; }
    public boolean isLifeOrDeath() { return lifeOrDeath; }
    public String getClientLanguage() { return clientLanguage; }

    /**
     * What the law asks of this application's lawyer ({@link StatutoryNeeds#ofApplication}).
     *
     * @param minor whether the applicant is under 18 today
     */
    public java.util.List<StatutoryNeed> statutoryNeeds(boolean minor) {
        return StatutoryNeeds.ofApplication(matterType, minor, lifeOrDeath, clientLanguage, regionCode);
    }
    public Set<SupportingDocument> getDocuments() { return documents.isEmpty() ? EnumSet.noneOf(SupportingDocument.class) : EnumSet.copyOf(documents); }
    public ApplicationStatus getStatus() { return status; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public String getReceivedBy() { return receivedBy; }
    public LocalDateTime getAcceptedAt() { return acceptedAt; }
    public String getAcceptedBy() { return acceptedBy; }
    public JurisdictionGround getJurisdiction() { return jurisdiction; }
    public LocalDateTime getMaterialsRequestedAt() { return materialsRequestedAt; }
    public LocalDateTime getMaterialsDueAt() { return materialsDueAt; }
    public Set<SupportingDocument> getMissingDocuments() { return missingDocuments.isEmpty() ? EnumSet.noneOf(SupportingDocument.class) : EnumSet.copyOf(missingDocuments); }
    public String getMaterialsNote() { return materialsNote; }
    public LocalDateTime getMaterialsSuppliedAt() { return materialsSuppliedAt; }
    public boolean isUrgent() { return urgentStartedAt != null; }
    public UrgentGround getUrgentGround() { return urgentGround; }
    public String getUrgentNote() { return urgentNote; }
    public LocalDateTime getUrgentStartedAt() { return urgentStartedAt; }
    public String getUrgentStartedBy() { return urgentStartedBy; }
    public Boolean getInScope() { return inScope; }
    public String getScopeRule() { return scopeRule; }
    public String getScopeBasisKey() { return scopeBasisKey; }
    public String getExemptionCode() { return exemptionCode; }
    public String getExemptionBasis() { return exemptionBasis; }
    public HardshipVerification getVerification() { return verification; }
    public BigDecimal getIncomePerHead() { return incomePerHead; }
    public BigDecimal getHardshipLimit() { return hardshipLimit; }
    public Integer getStandardYear() { return standardYear; }
    public Boolean getProposedGrant() { return proposedGrant; }
    public String getReasons() { return reasons; }
    public String getProposedBy() { return proposedBy; }
    public LocalDateTime getProposedAt() { return proposedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecisionNumber() { return decisionNumber; }
    public String getObjectionGrounds() { return objectionGrounds; }
    public LocalDateTime getObjectionReceivedAt() { return objectionReceivedAt; }
    public String getObjectionReceivedBy() { return objectionReceivedBy; }
    public Boolean getObjectionOrderedAid() { return objectionOrderedAid; }
    public String getObjectionReasons() { return objectionReasons; }
    public String getObjectionDecidedBy() { return objectionDecidedBy; }
    public LocalDateTime getObjectionDecidedAt() { return objectionDecidedAt; }
    public String getObjectionDecisionNumber() { return objectionDecisionNumber; }
    public LocalDateTime getWithdrawnAt() { return withdrawnAt; }
}
