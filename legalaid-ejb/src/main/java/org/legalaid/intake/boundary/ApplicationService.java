package org.legalaid.intake.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationAct;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.ApplicationFilter;
import org.legalaid.intake.ApplicationStep;
import org.legalaid.intake.ApplicationStepKind;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.ConflictFinding;
import org.legalaid.intake.ExemptionCheck;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.MeansTest;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.ReviewFindings;
import org.legalaid.intake.ScopeCheck;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.UrgentGround;
import org.legalaid.intake.control.ApplicantRegistry;
import org.legalaid.intake.control.ApplicationRepository;
import org.legalaid.intake.control.DecisionLetters;
import org.legalaid.intake.control.StepClocks;
import org.legalaid.intake.control.ExemptionRuleRepository;
import org.legalaid.intake.control.HardshipStandardRepository;
import org.legalaid.intake.control.WithdrawalSweep;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.DocumentNumberService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.Roles;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.control.CurrentTime;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Applications from receipt to decision and objection (docs/domain.md "Case lifecycle" 2–6): the
 * intake clerk receives and accepts them and sends the one list of missing materials; the
 * reviewer checks scope, exemptions and means and proposes; the approver decides; the justice
 * bureau's supervisor decides objections. Each step is a transaction that changes the
 * application, appends its timeline entry and the audit trail together — or nothing at all.
 *
 * <p>Every command takes the version the user saw ({@code expectedVersion}) and locks the row,
 * so two staff acting on one application at once cannot both succeed: the second is told the
 * data changed. Each act is checked against {@link ApplicationAct} on the locked application
 * first — the same rule {@link #actsOn} answers the application page with.
 */
@Stateless
@RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR, Roles.ASSIGNMENT_OFFICER})
public class ApplicationService {

    static final String APPLICATION = "Application";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private HardshipStandardRepository standards;

    @Inject
    private WithdrawalSweep withdrawals;

    @Inject
    private ApplicantRegistry registry;

    @Inject
    private ExemptionRuleRepository exemptions;

    @Inject
    private StepClocks clocks;

    @Inject
    private DocumentNumberService documentNumbers;

    @Inject
    private ApplicantService applicants;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Actors actors;

    @Resource
    private SessionContext session;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    // Receiving -----------------------------------------------------------------------------

    /**
     * Receives an application from an applicant registered in the clerk's unit. A forwarded
     * application from custody that arrives more than 24 hours after the facility received it is
     * flagged (LAL art. 39) — and still received: the applicant must not lose aid for the
     * facility's delay.
     */
    @RolesAllowed(Roles.INTAKE_CLERK)
    public Application submit(@NotNull @Valid NewApplication form) {
        CallerProfile clerk = organisation.getCaller();
        if (form.getApplicantId() == null) {
            throw new BusinessException("intake.application.applicantMissing");
        }
        Applicant applicant = applicants.getApplicant(form.getApplicantId());
        if (applicant.getUnitId() != clerk.getUnitId()) {
            throw new BusinessException("intake.application.applicantOfOtherUnit");
        }
        return receive(form, applicant, new Actors.Actor(clerk.getUsername(), clerk.getUnitId())).application();
    }

    /**
     * An application from the online legal service platform (网上申请), forwarded by its API
     * account: the person is registered in — or found by ID number in — the account's centre,
     * and the application is received there with the channel ONLINE, in one transaction.
     */
    @RolesAllowed(Roles.ONLINE_PORTAL)
    public OnlineReceipt submitOnline(@NotNull @Valid NewApplicant person, @NotNull @Valid NewApplication form) {
        Actors.Actor portal = actors.current().orElseThrow(); // the portal's account: not staff
        Applicant applicant = registry.register(person, portal.unitId(), portal.username(), time.now()).applicant();
        form.setApplicantId(applicant.getId());
        form.setChannel(ApplicationChannel.ONLINE);
        form.setConsultationId(null);
        Received received = receive(form, applicant, portal);
        return new OnlineReceipt(received.application(), received.decideClock().getDueAt());
    }

    /**
     * What the online platform is told.
     *
     * @param application the application received
     * @param decideBy    the end of the 7 days to decide (LAL art. 43)
     */
    public record OnlineReceipt(Application application, LocalDateTime decideBy) {
    }

    /** An application just received, with the clock of the 7 days to decide it that started. */
    private record Received(Application application, ClockItem decideClock) {
    }

    private Received receive(NewApplication form, Applicant applicant, Actors.Actor by) {
        LocalDateTime now = time.local();
        Application a = applications.add(new Application(form, applicant, by.unitId(), by.username(), now));
        if (form.getConsultationId() != null) {
            step(a, ApplicationStepKind.CONSULTATION, now, "#" + form.getConsultationId());
        }
        step(a, ApplicationStepKind.RECEIVED, now, null);
        if (a.getCustodyReceivedAt() != null) {
            clocks.startForNew(a.getUnitId(), APPLICATION, a.getId(), label(a), ClockStep.FORWARD_CUSTODY_APPLICATION, a.getCustodyReceivedAt());
            clocks.complete(APPLICATION, a.getId(), ClockStep.FORWARD_CUSTODY_APPLICATION, now);
        }
        ClockItem decide = clocks.startForNew(a.getUnitId(), APPLICATION, a.getId(), label(a), ClockStep.DECIDE_APPLICATION, now);
        if (a.isForwardedLate()) {
            step(a, ApplicationStepKind.FORWARDED_LATE, now, a.getCustodyFacility());
        }
        audit.fire(AuditEvent.of(AuditAction.CREATE, APPLICATION, a.getId(), "received " + a.getMatterType() + "/"
                + a.getMatterCategory() + " via " + a.getChannel() + (a.isForwardedLate() ? " (forwarded late)" : "")));
        return new Received(a, decide);
    }

    @RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER})
    public Application accept(long id, @NotNull JurisdictionGround ground, long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.ACCEPT.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        a.accept(ground, actors.username(), now);
        step(a, ApplicationStepKind.ACCEPTED, now, null);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, "accepted on " + ground));
        return a;
    }

    /** Sends the one written list of missing materials (LAL art. 43). */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER})
    public Application requestMaterials(long id, @NotEmpty Set<SupportingDocument> missing,
                                        @Size(max = Application.NOTE_MAX) @PlainText String note, long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.REQUEST_MATERIALS.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        clocks.pause(APPLICATION, id, ClockStep.DECIDE_APPLICATION, now);
        ClockItem supply = clocks.start(a.getUnitId(), APPLICATION, id, label(a), ClockStep.SUPPLY_MATERIALS, now);
        a.requestMaterials(missing, note, supply.getDueAt(), now);
        step(a, ApplicationStepKind.MATERIALS_REQUESTED, now, note);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, "materials requested: " + missing));
        return a;
    }

    @RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER})
    public Application supplyMaterials(long id, long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.SUPPLY_MATERIALS.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        a.supplyMaterials(now);
        clocks.complete(APPLICATION, id, ClockStep.SUPPLY_MATERIALS, now);
        clocks.resume(APPLICATION, id, ClockStep.DECIDE_APPLICATION, now);
        step(a, ApplicationStepKind.MATERIALS_SUPPLIED, now, null);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, "materials supplied"));
        return a;
    }

    /**
     * Applies the deemed-withdrawal rule now rather than at the next hourly run (administrators,
     * after an outage; tests).
     *
     * @return how many applications were deemed withdrawn
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public int deemOverdueWithdrawn() {
        return withdrawals.sweep(time.local());
    }

    // Review and decision --------------------------------------------------------------------

    /**
     * What the review finds today: scope (LAL art. 31–33), the first exemption that applies
     * (LAL art. 32, 42, local lists) and the means test against the standard of the
     * application's region for the year of receipt (LAL art. 34). Nothing is saved.
     */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public ReviewFindings review(long id) {
        return findings(inScope(id));
    }

    /** Possible conflicts of interest in the whole city (see {@link ConflictFinding}). */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public List<ConflictFinding> findConflicts(long id) {
        Application a = inScope(id);
        Applicant me = applications.getApplicant(a.getApplicantId());
        List<ConflictFinding> found = new ArrayList<>();
        for (Application other : applications.findWithOpposingParty(me.idNumber(), me.getFullName(), me.getBirthDate(), id)) {
            found.add(new ConflictFinding(ConflictFinding.Kind.APPLICANT_IS_OPPOSING_PARTY, other.getId(), other.getUnitId(),
                    other.getStatus(), me.idNumber().equals(other.opposingPartyIdNumber())));
        }
        if (a.getOpposingPartyName() != null || a.opposingPartyIdNumber() != null) {
            for (Application other : applications.findByApplicantPerson(a.opposingPartyIdNumber(), a.getOpposingPartyName(),
                    a.getOpposingPartyBirthDate(), id)) {
                Applicant them = applications.getApplicant(other.getApplicantId());
                found.add(new ConflictFinding(ConflictFinding.Kind.OPPOSING_PARTY_IS_APPLICANT, other.getId(), other.getUnitId(),
                        other.getStatus(), them.idNumber().equals(a.opposingPartyIdNumber())));
            }
        }
        return found;
    }

    /**
     * The reviewer proposes to grant or refuse with written reasons; the findings of
     * {@link #review} are kept with the application.
     *
     * @param verification how hardship was verified when no exemption applies (certificate,
     *                     information sharing, or the integrity pledge of LAL art. 41)
     */
    @RolesAllowed(Roles.REVIEWER)
    public Application propose(long id, boolean grant, HardshipVerification verification,
                               @NotBlank @Size(max = Application.REASONS_MAX) @PlainText String reasons, long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.PROPOSE.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        ReviewFindings findings = findings(a);
        a.propose(grant, findings, verification, reasons, actors.username(), now);
        step(a, grant ? ApplicationStepKind.PROPOSED_GRANT : ApplicationStepKind.PROPOSED_REFUSAL, now, reasons);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, (grant ? "grant" : "refusal") + " proposed; scope "
                + findings.scope().ruleCode() + ", exemption " + a.getExemptionCode() + ", income/head " + a.getIncomePerHead()
                + " / limit " + a.getHardshipLimit()));
        return a;
    }

    @RolesAllowed(Roles.APPROVER)
    public Application returnToReview(long id, @NotBlank @Size(max = Application.NOTE_MAX) @PlainText String note,
                                      long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.RETURN_TO_REVIEW.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        a.returnToReview(now);
        step(a, ApplicationStepKind.RETURNED_TO_REVIEW, now, note);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, "returned to review"));
        return a;
    }

    /**
     * The approver takes the proposed decision (LAL art. 43); the decision gets the next number
     * of the centre's series for the year. The approver cannot be the reviewer who proposed it.
     */
    @RolesAllowed(Roles.APPROVER)
    public Application approve(long id, long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.APPROVE.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        boolean grant = Boolean.TRUE.equals(a.getProposedGrant());
        a.approve(actors.username(), now, documentNumbers.next(a.getUnitId(),
                grant ? DocumentKind.GRANT_DECISION : DocumentKind.REFUSAL_DECISION, now.getYear()));
        clocks.complete(APPLICATION, id, ClockStep.DECIDE_APPLICATION, now);
        if (a.isGranted()) {
            startAssignmentClock(a, now);
        }
        step(a, a.isGranted() ? ApplicationStepKind.GRANTED : ApplicationStepKind.REFUSED, now, a.getDecisionNumber());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, (a.isGranted() ? "granted " : "refused ") + a.getDecisionNumber()));
        return a;
    }

    /** Starts aid before the review is complete (LAL art. 44). */
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    public Application startUrgentAid(long id, @NotNull UrgentGround ground,
                                      @NotBlank @Size(max = Application.NOTE_MAX) @PlainText String note, long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.START_URGENT_AID.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        a.startUrgentAid(ground, note, actors.username(), now);
        startAssignmentClock(a, now);
        step(a, ApplicationStepKind.URGENT_AID_STARTED, now, note);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, "urgent prior aid started: " + ground));
        return a;
    }

    // Objection -------------------------------------------------------------------------------

    /** Records a refused applicant's objection to the justice bureau (LAL art. 49). */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.BUREAU_SUPERVISOR})
    public Application receiveObjection(long id, @NotBlank @Size(max = Application.REASONS_MAX) @PlainText String grounds,
                                        long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.RECEIVE_OBJECTION.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        a.receiveObjection(grounds, actors.username(), now);
        clocks.start(a.getUnitId(), APPLICATION, id, label(a), ClockStep.DECIDE_OBJECTION, now);
        step(a, ApplicationStepKind.OBJECTION_RECEIVED, now, grounds);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, "objection received"));
        return a;
    }

    /** The justice bureau upholds the refusal or orders aid (LAL art. 49). */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public Application decideObjection(long id, boolean orderAid,
                                       @NotBlank @Size(max = Application.REASONS_MAX) @PlainText String reasons, long expectedVersion) {
        Application a = lock(id, expectedVersion);
        ApplicationAct.DECIDE_OBJECTION.require(session::isCallerInRole, a);
        LocalDateTime now = time.local();
        long bureauId = organisation.findBureauIdOf(a.getUnitId())
                .orElseThrow(() -> new BusinessException("intake.application.noBureau"));
        a.decideObjection(orderAid, reasons, actors.username(), now, documentNumbers.next(bureauId, DocumentKind.OBJECTION_DECISION, now.getYear()));
        clocks.complete(APPLICATION, id, ClockStep.DECIDE_OBJECTION, now);
        if (orderAid) {
            startAssignmentClock(a, now);
        }
        step(a, orderAid ? ApplicationStepKind.OBJECTION_ORDERED_AID : ApplicationStepKind.OBJECTION_UPHELD, now, reasons);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICATION, id, orderAid ? "objection: aid ordered" : "objection: refusal upheld"));
        return a;
    }

    // Reading ---------------------------------------------------------------------------------

    /**
     * Which acts the caller may take on an application of their units now: the rule of
     * {@link ApplicationAct} for the caller's roles and the application's state — the same each
     * act checks first. The application page offers exactly these.
     */
    public Set<ApplicationAct> actsOn(long id) {
        return ApplicationAct.openTo(session::isCallerInRole, inScope(id));
    }

    /** One application in scope (audited: it holds a person's matter). */
    public Application getApplication(long id) {
        Application a = inScope(id);
        audit.fire(AuditEvent.of(AuditAction.READ, APPLICATION, id, "viewed application"));
        return a;
    }

    /**
     * The text of a written decision on an application in scope, for the PDF renderer (audited: it
     * names the applicant): the centre's 给予/不予法律援助决定书, or the justice bureau's decision on
     * the objection.
     *
     * @param centre the issuing centre's name (the application's unit, {@link Application#getUnitId()})
     * @param bureau the justice bureau that set up the centre (where objections go, and which decides them)
     * @param labels the Chinese texts of the label keys the letter names (sex, matter, scope basis,
     *               verification), as the screens show them — documents are in Chinese whatever the
     *               user's language
     * @throws NotFoundException when out of scope, or that decision was not taken
     */
    public OfficialDocumentContent decisionDocument(long id, @NotNull DecisionDocument which, @NotBlank String centre,
                                                    @NotBlank String bureau, @NotNull ResourceBundle labels) {
        Application a = inScope(id);
        boolean exists = which == DecisionDocument.DECISION ? a.getDecisionNumber() != null
                : a.getObjectionDecisionNumber() != null;
        if (!exists) {
            throw new NotFoundException(APPLICATION, id);
        }
        Applicant applicant = applications.getApplicant(a.getApplicantId());
        audit.fire(AuditEvent.of(AuditAction.READ, APPLICATION, id, "document " + which));
        return which == DecisionDocument.DECISION ? DecisionLetters.decision(a, applicant, centre, bureau, labels)
                : DecisionLetters.objectionDecision(a, applicant, centre, bureau, labels);
    }

    /** The statutory clocks of the application, oldest first (open and closed). */
    public List<ClockItem> findClocks(long id) {
        inScope(id);
        return clocks.findFor(APPLICATION, id);
    }

    /** The end of the 7 days to decide (LAL art. 43) while that clock runs, empty once decided. */
    public Optional<LocalDateTime> findDecisionDue(long id) {
        inScope(id);
        return decisionDue(id);
    }

    private Optional<LocalDateTime> decisionDue(long id) {
        return clocks.findFor(APPLICATION, id).stream()
                .filter(c -> c.getStep() == ClockStep.DECIDE_APPLICATION && c.isOpen())
                .map(ClockItem::getDueAt).findFirst();
    }

    /** The timeline, oldest first. */
    public List<ApplicationStep> findSteps(long id) {
        inScope(id);
        return applications.findSteps(id);
    }

    public List<Application> findApplications(@NotNull ApplicationFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        return applications.findPage(organisation.findUnitIdsInScope(), filter, first, max);
    }

    public long countApplications(@NotNull ApplicationFilter filter) {
        return applications.count(organisation.findUnitIdsInScope(), filter);
    }

    // Internals -------------------------------------------------------------------------------

    private ReviewFindings findings(Application a) {
        Applicant applicant = applications.getApplicant(a.getApplicantId());
        int year = a.getReceivedAt().getYear();
        return new ReviewFindings(
                ScopeCheck.check(a.getMatterType(), a.getMatterCategory()),
                ExemptionCheck.firstMatching(exemptions.findActiveRules(), applicant.profileOn(a.getReceivedAt().toLocalDate()),
                        a.getMatterCategory()),
                standards.find(a.getRegionCode(), year)
                        .map(s -> MeansTest.assess(applicant.getHouseholdMonthlyIncome(), applicant.getHouseholdSize(), s.standard())));
    }

    /**
     * The 3-day assignment clock (LAL art. 43) starts with the grant, the bureau's order, or the
     * start of urgent prior aid (art. 44) — once: a grant after urgent aid keeps the running clock.
     */
    private void startAssignmentClock(Application a, LocalDateTime now) {
        boolean running = clocks.findFor(APPLICATION, a.getId()).stream()
                .anyMatch(c -> c.getStep() == ClockStep.ASSIGN_AFTER_GRANT && c.isOpen());
        if (!running) {
            clocks.start(a.getUnitId(), APPLICATION, a.getId(), label(a), ClockStep.ASSIGN_AFTER_GRANT, now);
        }
    }

    /** How deadline lists name the application: its number and the applicant. */
    private static String label(Application a) {
        return "#" + a.getId() + " " + a.getApplicantName();
    }

    private Application inScope(long id) {
        return applications.findInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(APPLICATION, id));
    }

    private Application lock(long id, long expectedVersion) {
        Application a = applications.lockInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(APPLICATION, id));
        if (a.getVersion() != expectedVersion) {
            throw new BusinessException("error.staleData");
        }
        return a;
    }

    private void step(Application a, ApplicationStepKind kind, LocalDateTime at, String note) {
        applications.addStep(new ApplicationStep(a.getId(), kind, at, actors.username(), note));
    }


}
