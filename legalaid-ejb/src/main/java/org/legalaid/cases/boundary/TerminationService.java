package org.legalaid.cases.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseSituation;
import org.legalaid.cases.CaseTermination;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.OrganNotice;
import org.legalaid.cases.TerminationGround;
import org.legalaid.cases.control.CaseOpener;
import org.legalaid.cases.control.CaseRepository;
import org.legalaid.cases.control.CaseSituations;
import org.legalaid.cases.control.TerminationLetters;
import org.legalaid.cases.control.TerminationRepository;
import org.legalaid.intake.AssignableCase;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.AssignableCaseService;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.lawyers.LawyerKind;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.DocumentNumberService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Termination of legal aid (终止, LAL art. 48; docs/domain.md "Case lifecycle" 8; issue 5
 * "Termination"): the case supervisor or the assignment officer proposes with one statutory ground
 * and written reasons; the director — never the proposer — approves or rejects. The approval ends
 * the case on the decided day (the case's date logic: not before the last handling entry or the
 * assignment), numbers the 终止法律援助决定书 in the centre's series, ends the lawyer's assignment and
 * frees the lawyer's capacity (lawyers context), and starts the clocks: the lawyer's closing
 * submission (the lawyer still hands in the file) and, for a criminal case, telling the court,
 * procuratorate or police within 3 days — stopped, late or in time, when that is recorded.
 *
 * <p>The client may object to the justice bureau (art. 49): the objection is recorded by the intake
 * clerk or the case supervisor and the bureau's supervisor decides within 5 days (the clock runs on
 * the case) to uphold the termination or to revoke it — the case is then handled again and waits
 * for the assignment officer to assign a lawyer (the same or another) through
 * {@link #assignAgain}. For aid obtained by deceit (art. 64) finance or the director enters the
 * costs of aid to recover and the bureau's supervisor decides a fine of up to ¥3,000.
 *
 * <p>Each step is one transaction on the locked case; a refused step saves nothing. Every change
 * and every read of a document is audited; records outside the caller's units are not found. Each
 * act is checked against {@link CaseAct} on the locked case first, and only on the case's latest
 * termination — the rule the case page renders ({@link CaseService#actsOn}); nothing is done on an
 * archived case (issue 18).
 */
@Stateless
@RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER, Roles.REVIEWER, Roles.BUREAU_SUPERVISOR,
        Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR,
        Roles.COMPLAINT_HANDLER})
public class TerminationService {

    public static final String TERMINATION = "CaseTermination";
    private static final String LEGAL_CASE = CaseOpener.LEGAL_CASE;

    @Inject
    private TerminationRepository terminations;

    @Inject
    private CaseRepository cases;

    @Inject
    private CaseClockService clocks;

    @Inject
    private AssignmentService assignments;

    @Inject
    private LawyerRegistryService registry;

    @Inject
    private AssignableCaseService intake;

    @Inject
    private DocumentNumberService numbers;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CaseSituations situations;

    @Resource
    private SessionContext session;

    @Inject
    private CurrentTime time;

    @Inject
    private Actors actors;

    @Inject
    private Event<AuditEvent> audit;

    // Proposal and approval -------------------------------------------------------------------

    /**
     * Proposes to terminate the aid of a case being handled (LAL art. 48).
     *
     * @throws BusinessException {@code cases.notHandling}; {@code cases.termination.alreadyStanding}
     *                           when a proposal waits or a termination stands;
     *                           {@code cases.termination.reasonsRequired}
     */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER})
    public CaseTermination propose(long caseId, @NotNull TerminationGround ground,
                                   @NotBlank @Size(max = CaseTermination.REASONS_MAX) @PlainText String reasons) {
        LegalCase c = lockCase(caseId);
        situations.require(CaseAct.PROPOSE_TERMINATION, c, session::isCallerInRole);
        CaseTermination t = terminations.add(new CaseTermination(caseId, c.getUnitId(), ground, reasons, actors.username(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, TERMINATION, t.getId(), "proposed for case " + c.getCaseNumber()
                + " on " + ground + " (LAL art. 48(" + ground.item() + "))"));
        return t;
    }

    /**
     * The director approves: aid ends on {@code terminatedOn}. See the class comment for what
     * follows.
     *
     * @throws BusinessException {@code cases.termination.selfApproval}; {@code cases.termination.notProposed};
     *                           {@code cases.termination.stale}; the case's date logic
     *                           ({@code cases.date.before}, {@code cases.date.future}); {@code cases.notHandling}
     */
    @RolesAllowed(Roles.APPROVER)
    public CaseTermination approve(long terminationId, @NotNull LocalDate terminatedOn, long expectedVersion) {
        CaseTermination t = lock(terminationId, expectedVersion);
        LegalCase c = lockCase(t.getCaseId());
        CaseSituation situation = requireOn(CaseAct.DECIDE_TERMINATION, t, c);
        OffsetDateTime now = time.now();
        LocalDate today = time.today();
        String by = actors.username();
        if (by.equals(t.getProposedBy())) {
            throw new BusinessException("cases.termination.selfApproval");
        }
        Long assignment = situation.awaitingLawyer() ? null : c.getAssignmentId();
        c.terminate(terminatedOn, today);
        String number = numbers.next(c.getUnitId(), DocumentKind.TERMINATION_NOTICE, terminatedOn.getYear());
        t.approve(by, now, terminatedOn, number, assignment);
        if (assignment != null) {
            assignments.endForTermination(assignment, "终止法律援助 " + number);
        }
        LocalDateTime start = terminatedOn.equals(today) ? local(now) : terminatedOn.atStartOfDay();
        clocks.start(c.getUnitId(), c.getId(), label(c), ClockStep.CLOSING_SUBMISSION, start);
        if (c.isCriminal()) {
            clocks.start(c.getUnitId(), c.getId(), label(c), ClockStep.NOTIFY_TERMINATION, start);
        }
        audit.fire(AuditEvent.of(AuditAction.UPDATE, TERMINATION, t.getId(), "approved " + number + ", aid ends "
                + terminatedOn));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, c.getId(), "terminated on " + terminatedOn + " ("
                + number + ")"));
        return t;
    }

    /**
     * The director rejects the proposal with written reasons; the case goes on.
     *
     * @throws BusinessException {@code cases.termination.selfApproval}; {@code cases.termination.notProposed};
     *                           {@code cases.termination.stale}
     */
    @RolesAllowed(Roles.APPROVER)
    public CaseTermination reject(long terminationId,
                                  @NotBlank @Size(max = CaseTermination.REASONS_MAX) @PlainText String reasons,
                                  long expectedVersion) {
        CaseTermination t = lock(terminationId, expectedVersion);
        requireOn(CaseAct.DECIDE_TERMINATION, t, lockCase(t.getCaseId()));
        t.reject(actors.username(), time.now(), reasons);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, TERMINATION, t.getId(), "rejected"));
        return t;
    }

    // The criminal organ ----------------------------------------------------------------------

    /**
     * The court, procuratorate or police were told of the termination on {@code on}, by letter, fax
     * or through their system: the 3-day clock stops, late or in time.
     *
     * @return whether it was late; empty when no clock ran (not a criminal case)
     * @throws BusinessException {@code cases.termination.notApproved}; {@code cases.termination.organAlreadyNotified};
     *                           {@code cases.termination.dateOutsideRange}
     */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER})
    public Optional<Boolean> recordOrganNotified(long terminationId, @NotNull LocalDate on, @NotNull OrganNotice how) {
        CaseTermination t = lock(terminationId, null);
        LegalCase c = lockCase(t.getCaseId());
        requireOn(CaseAct.NOTIFY_ORGAN, t, c);
        LocalDate today = time.today();
        t.recordOrganNotified(on, how, actors.username(), today);
        Optional<Boolean> late = clocks.complete(c.getId(), ClockStep.NOTIFY_TERMINATION, at(on, today));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, TERMINATION, t.getId(), "organ notified on " + on + " by " + how
                + late.map(l -> l ? " (late)" : " (in time)").orElse("")));
        return late;
    }

    // Objection (LAL art. 49) -----------------------------------------------------------------

    /**
     * Records the client's objection to the termination, received on {@code receivedOn}: the justice
     * bureau decides within 5 days (LAL art. 49).
     *
     * @throws BusinessException {@code cases.termination.notApproved};
     *                           {@code cases.termination.objectionAlreadyReceived}; {@code cases.termination.dateOutsideRange}
     */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_SUPERVISOR})
    public CaseTermination receiveObjection(long terminationId,
                                            @NotBlank @Size(max = CaseTermination.REASONS_MAX) @PlainText String grounds,
                                            @NotNull LocalDate receivedOn) {
        CaseTermination t = lock(terminationId, null);
        LegalCase c = lockCase(t.getCaseId());
        requireOn(CaseAct.RECEIVE_TERMINATION_OBJECTION, t, c);
        LocalDate today = time.today();
        t.receiveObjection(grounds, receivedOn, actors.username(), today);
        LocalDateTime start = receivedOn.equals(today) ? local(time.now()) : receivedOn.atStartOfDay();
        clocks.start(c.getUnitId(), c.getId(), label(c), ClockStep.DECIDE_OBJECTION, start);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, TERMINATION, t.getId(), "objection received on " + receivedOn));
        return t;
    }

    /**
     * The justice bureau upholds the termination, or orders the centre to correct it (LAL art. 49):
     * the termination is revoked, the case is handled again (its end undated, the closing and
     * notification clocks cancelled) and waits for a lawyer ({@link #assignAgain}).
     *
     * @throws BusinessException {@code cases.termination.noObjectionPending}; {@code cases.notTerminated}
     *                           when revoking a case whose closing file was already handed in
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public CaseTermination decideObjection(long terminationId, boolean revoke,
                                           @NotBlank @Size(max = CaseTermination.REASONS_MAX) @PlainText String reasons) {
        CaseTermination t = lock(terminationId, null);
        LegalCase c = lockCase(t.getCaseId());
        requireOn(CaseAct.DECIDE_TERMINATION_OBJECTION, t, c);
        OffsetDateTime now = time.now();
        long bureauId = organisation.findBureauIdOf(c.getUnitId())
                .orElseThrow(() -> new BusinessException("intake.application.noBureau"));
        String number = numbers.next(bureauId, DocumentKind.OBJECTION_DECISION, local(now).getYear());
        t.decideObjection(revoke, reasons, actors.username(), now, number);
        clocks.complete(c.getId(), ClockStep.DECIDE_OBJECTION, local(now));
        if (revoke) {
            c.revokeTermination();
            clocks.cancel(c.getId(), ClockStep.CLOSING_SUBMISSION, local(now));
            clocks.cancel(c.getId(), ClockStep.NOTIFY_TERMINATION, local(now));
            audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, c.getId(), "termination revoked on objection ("
                    + number + "), handled again"));
        }
        audit.fire(AuditEvent.of(AuditAction.UPDATE, TERMINATION, t.getId(), (revoke ? "objection: termination revoked "
                : "objection: termination upheld ") + number));
        return t;
    }

    /**
     * Assigns a lawyer again to a case whose termination was revoked (the same lawyer or another),
     * checked and ranked as any assignment; the case names the lawyer.
     *
     * @throws BusinessException {@code cases.termination.notAwaitingLawyer}; those of
     *                           {@link AssignmentService#assignAfterRevokedTermination}
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public LegalCase assignAgain(long caseId, long lawyerId,
                                 @Size(max = 500) @PlainText String overrideReason) {
        LegalCase c = lockCase(caseId);
        situations.require(CaseAct.ASSIGN_AGAIN, c, session::isCallerInRole);
        assignments.assignAfterRevokedTermination(c.getAssignmentId(), lawyerId, overrideReason);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, c.getId(), "lawyer " + lawyerId
                + " assigned again after the termination was revoked"));
        return c;
    }

    // Deceit (LAL art. 64) --------------------------------------------------------------------

    /**
     * The costs of aid actually incurred, to be recovered from a client who obtained aid by deceit
     * (LAL art. 64), in yuan with at most two decimals; entered once.
     *
     * @throws BusinessException {@code cases.termination.notDeceit}; {@code cases.termination.notApproved};
     *                           {@code cases.termination.recoveryAlreadySet}; {@code cases.termination.amountInvalid}
     */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.APPROVER})
    public CaseTermination markRecovery(long terminationId, @NotNull BigDecimal amount) {
        CaseTermination t = lock(terminationId, null);
        requireOn(CaseAct.MARK_RECOVERY, t, lockCase(t.getCaseId()));
        t.markRecovery(amount, actors.username(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, TERMINATION, t.getId(), "costs of aid to recover: "
                + t.getRecoveryAmount().toPlainString()));
        return t;
    }

    /**
     * The justice bureau's fine on a client who obtained aid by deceit (LAL art. 64): more than 0,
     * at most 3,000.00 yuan; decided once.
     *
     * @throws BusinessException {@code cases.termination.notDeceit}; {@code cases.termination.notApproved};
     *                           {@code cases.termination.fineAlreadyDecided}; {@code cases.termination.fineOutOfRange}
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public CaseTermination imposeFine(long terminationId, @NotNull BigDecimal amount) {
        CaseTermination t = lock(terminationId, null);
        requireOn(CaseAct.IMPOSE_FINE, t, lockCase(t.getCaseId()));
        t.imposeFine(amount, actors.username(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, TERMINATION, t.getId(), "fine: " + t.getFineAmount().toPlainString()));
        return t;
    }

    // Reading ---------------------------------------------------------------------------------

    /** The terminations of a case of the caller's units, oldest first. */
    public List<CaseTermination> findOfCase(long caseId) {
        caseInScope(caseId);
        return terminations.findOfCase(caseId);
    }

    /** One termination of the caller's units. */
    public CaseTermination getTermination(long terminationId) {
        return terminations.findInUnits(terminationId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(TERMINATION, terminationId));
    }

    /**
     * Whether a case of the caller's units waits for a lawyer after its termination was revoked
     * (the case names the lawyer whose assignment the termination ended).
     */
    public boolean isAwaitingLawyer(long caseId) {
        return situations.of(caseInScope(caseId)).awaitingLawyer();
    }

    /** How many proposals of the caller's units wait for the director (the workbench's figure), in one query. */
    @RolesAllowed({Roles.APPROVER, Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.BUREAU_SUPERVISOR})
    public long countAwaitingApproval() {
        return terminations.countProposed(organisation.findUnitIdsInScope());
    }

    /** The proposals of the caller's units waiting for the director, oldest first. */
    @RolesAllowed({Roles.APPROVER, Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.BUREAU_SUPERVISOR})
    public List<TerminationProposal> findAwaitingApproval() {
        List<Long> units = organisation.findUnitIdsInScope();
        return terminations.findProposed(units).stream()
                .map(t -> cases.findInUnits(t.getCaseId(), units)
                        .map(c -> new TerminationProposal(t, c.getCaseNumber(), c.getClientName(), c.getLawyerName(),
                                c.isCriminal()))
                        .orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * The text of an approved termination's 终止法律援助决定书 or, for a criminal case, its
     * 终止法律援助通知书 to the organ, for the PDF renderer (audited).
     *
     * @param centre the issuing centre's name (the termination's unit, {@link CaseTermination#getUnitId()})
     * @param bureau the justice bureau that set up the centre (where objections go), or null if none is known
     * @throws NotFoundException when the termination is not approved, out of scope, or the notice is
     *                           asked for a case that is not criminal
     */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
            Roles.INTAKE_CLERK})
    public OfficialDocumentContent document(long terminationId, @NotNull TerminationDocument which, @NotBlank String centre,
                                            String bureau) {
        CaseTermination t = getTermination(terminationId);
        if (t.getDocumentNumber() == null) {
            throw new NotFoundException(TERMINATION, terminationId);
        }
        LegalCase c = caseInScope(t.getCaseId());
        situations.require(CaseAct.READ_TERMINATION_LETTERS, c, session::isCallerInRole);
        audit.fire(AuditEvent.of(AuditAction.READ, TERMINATION, terminationId, "document " + which));
        // The assigned person's title from the lawyers context (issue 18); an imported legacy case
        // names its lawyer without a pool record, and is called 律师 as its file says.
        String title = (c.getLawyerId() == null ? LawyerKind.LAWYER
                : registry.findKinds(java.util.List.of(c.getLawyerId())).getOrDefault(c.getLawyerId(), LawyerKind.LAWYER)).title();
        if (which == TerminationDocument.DECISION) {
            return TerminationLetters.decision(t, c, title, centre, bureau == null ? "司法行政部门" : bureau);
        }
        if (!c.isCriminal()) {
            throw new NotFoundException(TERMINATION, terminationId);
        }
        String organ = null;
        String organNumber = null;
        if (c.getSubjectType() != null) {
            AssignableCase subject = intake.getCase(c.getSubjectType(), c.getSubjectId());
            organ = subject.organName();
            organNumber = subject.basisNumber();
            if (organ == null) {
                organNumber = null;
            }
        }
        return TerminationLetters.organNotice(t, c, title, centre, organ, organNumber);
    }

    // -----------------------------------------------------------------------------------------

    /**
     * Throws unless the caller may take {@code act} on the case now and {@code t} is its latest
     * termination (earlier ones are history: rejected, or revoked on objection).
     */
    private CaseSituation requireOn(CaseAct act, CaseTermination t, LegalCase c) {
        CaseSituation s = situations.require(act, c, session::isCallerInRole);
        if (!s.isCurrent(t)) {
            throw new BusinessException("cases.termination.notCurrent", c.getCaseNumber());
        }
        return s;
    }

    private CaseTermination lock(long id, Long expectedVersion) {
        CaseTermination t = terminations.lockInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(TERMINATION, id));
        if (expectedVersion != null && t.getVersion() != expectedVersion) {
            throw new BusinessException("cases.termination.stale");
        }
        return t;
    }

    private LegalCase lockCase(long id) {
        return cases.lockInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, id));
    }

    private LegalCase caseInScope(long id) {
        return cases.findInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, id));
    }

    private static String label(LegalCase c) {
        return c.getCaseNumber() + " " + c.getClientName();
    }

    /** The moment a step dated {@code on} is taken as done: now when today, else the end of that day. */
    private LocalDateTime at(LocalDate on, LocalDate today) {
        return on.equals(today) ? local(time.now()) : on.atTime(LocalTime.of(23, 59, 59));
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }
}
