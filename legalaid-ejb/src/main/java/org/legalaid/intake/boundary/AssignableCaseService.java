package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ApplicationStep;
import org.legalaid.intake.ApplicationStepKind;
import org.legalaid.intake.AssignableCase;
import org.legalaid.intake.CaseOrigin;
import org.legalaid.intake.CaseParty;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.CriminalNotice;
import org.legalaid.intake.DeadlineFilter;
import org.legalaid.intake.MandatoryDefenceGround;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NoticeStatus;
import org.legalaid.intake.StatutoryNeed;
import org.legalaid.intake.StatutoryNeeds;
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.control.ApplicationRepository;
import org.legalaid.intake.control.ClockRepository;
import org.legalaid.intake.control.CriminalNoticeRepository;
import org.legalaid.intake.control.StepClocks;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Intake's side of the assignment of a lawyer (指派, docs/domain.md "Case lifecycle" 7): what a case
 * asks of its lawyer, read for the lawyers context as {@link AssignableCase} without handing out
 * intake records; the worklist of cases waiting for a lawyer; and the changes an assignment makes
 * here, which the lawyers context calls inside its own transaction ({@code MANDATORY}): the
 * 3-day assignment clock stops (LAL art. 43, 36), a notice becomes assigned, the application's
 * timeline gets its entry, and the 5-day clock for the entrustment agreement (委托协议, 2023
 * procedure rules art. 27) starts — on the assignment, so that a change of lawyer starts a new one.
 *
 * <p>Unit scope as everywhere: a case outside the caller's units is not found.
 */
@Stateless
@RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
        Roles.CASE_SUPERVISOR})
public class AssignableCaseService {

    /** The clock subject of the entrustment-agreement period: the assignment (lawyers context), by id. */
    public static final String ASSIGNMENT_SUBJECT = "Assignment";

    private static final String APPLICATION = ApplicationService.APPLICATION;
    private static final String NOTICE = "CriminalNotice";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private CriminalNoticeRepository notices;

    @Inject
    private ClockRepository clockItems;

    @Inject
    private StepClocks clocks;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Actors actors;

    @Inject
    private Event<AuditEvent> audit;

    /** A case in the caller's units, with what it asks of its lawyer (audited: it names a person). */
    public AssignableCase getCase(@NotNull SubjectType type, long id) {
        AssignableCase c = load(type, id, organisation.findUnitIdsInScope());
        audit.fire(AuditEvent.of(AuditAction.READ, auditType(type), id, "read for assignment"));
        return c;
    }

    /**
     * The intake dates a case starts from (for the cases context when the first lawyer is
     * assigned): received, accepted, decided — see {@link CaseOrigin}.
     */
    public CaseOrigin findOrigin(@NotNull SubjectType type, long id) {
        List<Long> units = organisation.findUnitIdsInScope();
        if (type == SubjectType.NOTICE) {
            CriminalNotice n = notices.findInUnits(id, units).orElseThrow(() -> new NotFoundException(NOTICE, id));
            LocalDate received = n.receivedAtInChina().toLocalDate();
            return new CaseOrigin(received, received, received);
        }
        Application a = applications.findInUnits(id, units).orElseThrow(() -> new NotFoundException(APPLICATION, id));
        LocalDateTime decided = a.getUrgentStartedAt() != null ? a.getUrgentStartedAt()
                : Boolean.TRUE.equals(a.getObjectionOrderedAid()) ? a.getObjectionDecidedAt() : a.getDecidedAt();
        return new CaseOrigin(a.getReceivedAt().toLocalDate(),
                a.getAcceptedAt() == null ? null : a.getAcceptedAt().toLocalDate(),
                decided == null ? null : decided.toLocalDate());
    }

    /**
     * How many cases of the caller's units wait for a lawyer: the open assignment clocks, counted in
     * one query (the workbench's figure; {@link #findAwaitingAssignment()} lists the same cases).
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public long countAwaitingAssignment() {
        return clockItems.countOpen(organisation.findUnitIdsInScope(),
                EnumSet.of(ClockStep.ASSIGN_AFTER_GRANT, ClockStep.ASSIGN_AFTER_NOTICE));
    }

    /**
     * The cases of the caller's units waiting for a lawyer — the open 3-day assignment clocks (LAL
     * art. 43, 36) — earliest due first, so the overdue ones lead.
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public List<AssignableCase> findAwaitingAssignment() {
        List<Long> units = organisation.findUnitIdsInScope();
        LocalDateTime now = time.local();
        List<ClockItem> open = new ArrayList<>();
        open.addAll(clockItems.findPage(units, new DeadlineFilter(DeadlineFilter.Show.OPEN, ClockStep.ASSIGN_AFTER_GRANT), now, 0, 500));
        open.addAll(clockItems.findPage(units, new DeadlineFilter(DeadlineFilter.Show.OPEN, ClockStep.ASSIGN_AFTER_NOTICE), now, 0, 500));
        open.sort(Comparator.comparing(ClockItem::getDueAt).thenComparing(ClockItem::getId));
        List<AssignableCase> out = new ArrayList<>(open.size());
        for (ClockItem item : open) {
            SubjectType type = item.getStep() == ClockStep.ASSIGN_AFTER_GRANT ? SubjectType.APPLICATION : SubjectType.NOTICE;
            try {
                AssignableCase c = load(type, item.getSubjectId(), units);
                if (c.awaiting()) {
                    out.add(c);
                }
            } catch (NotFoundException gone) {
                // a clock of a record outside the scope cannot happen (same unit); skip defensively
            }
        }
        return out;
    }

    /**
     * Records a lawyer's assignment on the intake side, in the caller's transaction.
     *
     * @param assignmentId the assignment (lawyers context), whose 委托协议 clock starts now
     * @param note         what the timeline says, e.g. the lawyer, firm and notice number
     * @throws BusinessException {@code intake.assignment.notAwaiting} when the case is not waiting
     *                           for a lawyer (not granted, withdrawn, already assigned)
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAssigned(@NotNull SubjectType type, long id, long assignmentId, String note, @NotNull LocalDateTime at) {
        AssignableCase c = load(type, id, organisation.findUnitIdsInScope());
        if (!c.awaiting()) {
            throw new BusinessException("intake.assignment.notAwaiting", c.label());
        }
        if (type == SubjectType.NOTICE) {
            CriminalNotice n = notices.findInUnits(id, organisation.findUnitIdsInScope()).orElseThrow();
            n.markAssigned(at.atZone(ChinaTime.ZONE).toOffsetDateTime());
            clocks.complete(NOTICE, id, ClockStep.ASSIGN_AFTER_NOTICE, at);
            audit.fire(AuditEvent.of(AuditAction.UPDATE, NOTICE, id, "lawyer assigned: " + note));
        } else {
            clocks.complete(APPLICATION, id, ClockStep.ASSIGN_AFTER_GRANT, at);
            applications.addStep(new ApplicationStep(id, ApplicationStepKind.LAWYER_ASSIGNED, at, actors.username(), note));
            audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, "lawyer assigned: " + note));
        }
        clocks.start(c.unitId(), ASSIGNMENT_SUBJECT, assignmentId, agreementLabel(c), ClockStep.SIGN_AGREEMENT, at);
    }

    /**
     * Records a change of lawyer (LAL art. 55, a conflict found, withdrawal): the ended
     * assignment's agreement clock falls away if still open, the next one's starts, and the
     * application's timeline says so.
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordLawyerChanged(@NotNull SubjectType type, long id, long endedAssignmentId, long nextAssignmentId,
                                    String note, @NotNull LocalDateTime at) {
        AssignableCase c = load(type, id, organisation.findUnitIdsInScope());
        clocks.cancel(ASSIGNMENT_SUBJECT, endedAssignmentId, ClockStep.SIGN_AGREEMENT, at);
        if (type == SubjectType.APPLICATION) {
            applications.addStep(new ApplicationStep(id, ApplicationStepKind.LAWYER_CHANGED, at, actors.username(), note));
        }
        audit.fire(AuditEvent.of(AuditAction.UPDATE, auditType(type), id, "lawyer changed: " + note));
        clocks.start(c.unitId(), ASSIGNMENT_SUBJECT, nextAssignmentId, agreementLabel(c), ClockStep.SIGN_AGREEMENT, at);
    }

    /**
     * An assignment ended because the aid was terminated (LAL art. 48): its entrustment-agreement
     * clock falls away if it still ran.
     */
    @RolesAllowed(Roles.APPROVER)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAssignmentEnded(long assignmentId, @NotNull LocalDateTime at) {
        clocks.cancel(ASSIGNMENT_SUBJECT, assignmentId, ClockStep.SIGN_AGREEMENT, at);
    }

    /**
     * The entrustment agreement of an assignment was signed: its 5-day clock stops (2023 procedure
     * rules art. 27), late or in time.
     *
     * @return whether late; empty when no clock ran (an assignment from before the clock engine)
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Boolean> recordAgreementSigned(long assignmentId, @NotNull LocalDateTime at) {
        return clocks.complete(ASSIGNMENT_SUBJECT, assignmentId, ClockStep.SIGN_AGREEMENT, at).map(ClockItem::getLate);
    }

    /**
     * The end of an assignment's entrustment-agreement period: of the running clock when
     * {@code runningOnly}, else of the latest one. Any staff member: a lawyer's profile shows it.
     */
    @RolesAllowed(Roles.STAFF)
    public Optional<LocalDateTime> findAgreementDue(long assignmentId, boolean runningOnly) {
        return clocks.findFor(ASSIGNMENT_SUBJECT, assignmentId).stream()
                .filter(c -> !runningOnly || c.isOpen())
                .reduce((first, second) -> second)
                .map(ClockItem::getDueAt);
    }

    /** The entrustment-agreement clocks of an assignment, oldest first. */
    public List<ClockItem> findAgreementClocks(long assignmentId) {
        return clocks.findFor(ASSIGNMENT_SUBJECT, assignmentId);
    }

    // ------------------------------------------------------------------------------------------

    private AssignableCase load(SubjectType type, long id, List<Long> units) {
        return type == SubjectType.APPLICATION
                ? ofApplication(applications.findInUnits(id, units).orElseThrow(() -> new NotFoundException(APPLICATION, id)))
                : ofNotice(notices.findInUnits(id, units).orElseThrow(() -> new NotFoundException(NOTICE, id)));
    }

    private AssignableCase ofApplication(Application a) {
        Applicant applicant = applications.getApplicant(a.getApplicantId());
        boolean minor = applicant.ageOn(time.local().toLocalDate()) < 18;
        List<CaseParty> opposing = a.getOpposingPartyName() == null ? List.of()
                : List.of(new CaseParty(a.getOpposingPartyName(), a.opposingPartyIdNumber(), a.getOpposingPartyBirthDate()));
        boolean eligible = a.isOpenForAssignment();
        boolean assigned = applications.findSteps(a.getId()).stream()
                .anyMatch(s -> s.getKind() == ApplicationStepKind.LAWYER_ASSIGNED);
        LocalDateTime basis = a.getUrgentStartedAt() != null ? a.getUrgentStartedAt()
                : a.getStatus() == ApplicationStatus.GRANTED && Boolean.TRUE.equals(a.getObjectionOrderedAid())
                ? a.getObjectionDecidedAt() : a.getDecidedAt();
        String number = Boolean.TRUE.equals(a.getObjectionOrderedAid()) ? a.getObjectionDecisionNumber() : a.getDecisionNumber();
        return new AssignableCase(SubjectType.APPLICATION, a.getId(), a.getUnitId(), "#" + a.getId() + " " + a.getApplicantName(),
                a.getRegionCode(), a.getMatterType(), a.getMatterCategory(),
                new CaseParty(applicant.getFullName(), applicant.idNumber(), applicant.getBirthDate()), opposing,
                minor, a.statutoryNeeds(minor), null, number, basis, null, null, null, null, null,
                assignBy(APPLICATION, a.getId(), ClockStep.ASSIGN_AFTER_GRANT), eligible && !assigned);
    }

    private AssignableCase ofNotice(CriminalNotice n) {
        LocalDateTime received = n.receivedAtInChina();
        boolean minor = StatutoryNeeds.isMinor(n.getDefendantBirthDate(), received.toLocalDate());
        // the organ's district when named, else the receiving centre's (issue 21)
        List<StatutoryNeed> needs = n.statutoryNeeds(n.getRegionCode() != null ? null
                : organisation.findRegionOf(n.getUnitId()).orElse(null));
        String region = StatutoryNeeds.find(needs, StatutoryNeed.Kind.DISTRICT).map(StatutoryNeed::value).orElse(null);
        // a blind, deaf or mute defendant whose language is not stated: sign language helps
        String preferred = n.getGrounds().contains(MandatoryDefenceGround.BLIND_DEAF_MUTE) && n.getDefendantLanguage() == null
                ? StatutoryNeeds.SIGN_LANGUAGE : null;
        return new AssignableCase(SubjectType.NOTICE, n.getId(), n.getUnitId(), n.label(), region, MatterType.CRIMINAL, null,
                new CaseParty(n.getDefendantName(), n.defendantIdNumber(), n.getDefendantBirthDate()), List.of(),
                minor, needs, preferred, n.getOrganDocumentNumber(),
                received, n.getOrganType(), n.getOrganName(), n.getCharge(), n.getStage(), n.getDetentionPlace(),
                assignBy(NOTICE, n.getId(), ClockStep.ASSIGN_AFTER_NOTICE), n.getStatus() == NoticeStatus.RECEIVED);
    }

    private LocalDateTime assignBy(String subjectType, long id, ClockStep step) {
        return clockItems.findOpen(subjectType, id, step).map(ClockItem::getDueAt).orElse(null);
    }

    private static String agreementLabel(AssignableCase c) {
        String label = "委托协议 " + c.label();
        return label.length() <= 100 ? label : label.substring(0, 100);
    }

    private static String auditType(SubjectType type) {
        return type == SubjectType.APPLICATION ? APPLICATION : NOTICE;
    }


}
