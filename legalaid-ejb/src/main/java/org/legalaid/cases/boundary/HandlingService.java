package org.legalaid.cases.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseEnquiry;
import org.legalaid.cases.CaseProgress;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.NewEnquiry;
import org.legalaid.cases.NewProgressEntry;
import org.legalaid.cases.control.CaseOpener;
import org.legalaid.cases.control.CaseRepository;
import org.legalaid.cases.control.CaseSituations;
import org.legalaid.cases.control.HandlingRepository;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.organisation.boundary.StaffMember;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Role;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.CurrentTime;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The handling of a case 承办 (docs/domain.md lifecycle 8; issue 5, "Handling"): its case supervisor
 * (一案专人监督) and their worklist, the progress entries 办案记录 and the client's progress
 * enquiries (LAL art. 46).
 *
 * <p>Who does what: the lawyer has no login, so the staff record the lawyer's activities for the
 * lawyer (case supervisor, or the intake clerk who received the lawyer's report); trial attendance,
 * opinions of the judicial organ and follow-up visits are the case supervisor's own (LAL art. 59).
 * The centre's director or the assignment officer change a case's supervisor, with a reason. The
 * intake clerk and the case supervisor take a client's enquiry and answer it from the record.
 * Every change is audited; every case is looked up within the caller's units. Each act is checked
 * against {@link CaseAct} on the locked case before anything changes — the rule the case page
 * renders ({@link CaseService#actsOn}); an archived case takes no entry, strike-out or supervisor
 * change (issue 18).
 */
@Stateless
@RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER, Roles.REVIEWER, Roles.BUREAU_SUPERVISOR,
        Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR,
        Roles.COMPLAINT_HANDLER})
public class HandlingService {

    public static final int REASON_MAX = CaseProgress.REASON_MAX;
    private static final String PROGRESS = "CaseProgress";
    private static final String ENQUIRY = "CaseEnquiry";
    private static final String LEGAL_CASE = CaseOpener.LEGAL_CASE;

    @Inject
    private CaseRepository cases;

    @Inject
    private HandlingRepository handling;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CaseSituations situations;

    @Resource
    private SessionContext session;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    // Supervisor --------------------------------------------------------------------------------

    /** The caller's open cases as their supervisor, the longest without a handling entry first. */
    @RolesAllowed(Roles.CASE_SUPERVISOR)
    public List<LegalCase> findMyCases() {
        return handling.findOpenBySupervisor(organisation.getCaller().getUsername(), organisation.findUnitIdsInScope());
    }

    /**
     * The caller's open cases as their supervisor and how many of them have gone
     * {@link LegalCase#QUIET_DAYS} without a handling entry (the workbench's figures; {@link
     * #findMyCases()} lists them), in one query.
     */
    @RolesAllowed(Roles.CASE_SUPERVISOR)
    public SupervisionCounts countMyCases() {
        java.time.LocalDate today = time.today();
        long[] n = handling.countOpenBySupervisor(organisation.getCaller().getUsername(), organisation.findUnitIdsInScope(),
                today.minusDays(LegalCase.QUIET_DAYS));
        return new SupervisionCounts(n[0], n[1]);
    }

    /** How many open cases of the caller's units have no supervisor, in one query. */
    @RolesAllowed({Roles.APPROVER, Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR})
    public long countCasesWithoutSupervisor() {
        return handling.countOpenWithoutSupervisor(organisation.findUnitIdsInScope());
    }

    /** A supervisor's open cases and the quiet ones among them. */
    public record SupervisionCounts(long open, long quiet) {
    }

    /** Open cases of the caller's units that have no supervisor (nobody could be named when they opened). */
    @RolesAllowed({Roles.APPROVER, Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR})
    public List<LegalCase> findCasesWithoutSupervisor() {
        return handling.findOpenWithoutSupervisor(organisation.findUnitIdsInScope());
    }

    /** Whom the case's supervisor may be changed to: the case supervisors of its unit and the units above, nearest first. */
    @RolesAllowed({Roles.APPROVER, Roles.ASSIGNMENT_OFFICER})
    public List<StaffMember> findSupervisorCandidates(long caseId) {
        LegalCase c = scoped(caseId);
        situations.require(CaseAct.CHANGE_SUPERVISOR, c, session::isCallerInRole);
        return organisation.findStaffWithRoleAbove(c.getUnitId(), Role.CASE_SUPERVISOR);
    }

    /**
     * Names another supervisor for a case, with the reason (audited).
     *
     * @throws BusinessException {@code cases.supervisor.notCandidate} for someone who is not a case
     *                           supervisor of the case's unit or above; {@code cases.supervisor.same}
     */
    @RolesAllowed({Roles.APPROVER, Roles.ASSIGNMENT_OFFICER})
    public LegalCase changeSupervisor(long caseId, @NotBlank String username,
                                      @NotBlank @Size(max = REASON_MAX) @PlainText String reason) {
        LegalCase c = locked(caseId);
        situations.require(CaseAct.CHANGE_SUPERVISOR, c, session::isCallerInRole);
        boolean candidate = organisation.findStaffWithRoleAbove(c.getUnitId(), Role.CASE_SUPERVISOR).stream()
                .anyMatch(s -> s.username().equals(username));
        if (!candidate) {
            throw new BusinessException("cases.supervisor.notCandidate", username);
        }
        if (username.equals(c.getSupervisor())) {
            throw new BusinessException("cases.supervisor.same", username);
        }
        String before = c.getSupervisor();
        c.assignSupervisor(username);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, caseId,
                "supervisor: " + (before == null ? "-" : before) + " → " + username + "; reason: " + reason.strip()));
        return c;
    }

    // Progress entries ----------------------------------------------------------------------------

    /**
     * Records a progress entry on a case of the caller's units. The lawyer's activities may be
     * recorded by the case supervisor or the intake clerk; the supervision entries (trial
     * attendance, opinion sought, follow-up visit) only by a case supervisor.
     *
     * @throws BusinessException {@code cases.progress.supervisorOnly}; the entry's rules and the date logic
     */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.INTAKE_CLERK})
    public CaseProgress recordProgress(long caseId, @NotNull @Valid NewProgressEntry form) {
        CallerProfile me = organisation.getCaller();
        if (form.getKind() != null && form.getKind().isStaffActivity() && !me.getRoles().contains(Role.CASE_SUPERVISOR)) {
            throw new BusinessException("cases.progress.supervisorOnly", form.getKind().labelKey());
        }
        LegalCase c = locked(caseId);
        situations.require(CaseAct.recordOf(form.getKind()), c, session::isCallerInRole);
        CaseProgress p = handling.add(new CaseProgress(c, form, me.getFullName(), me.getUsername(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, PROGRESS, p.getId(), "case " + c.getCaseNumber() + ": " + p.getKind()
                + " on " + p.getOccurredOn() + " by " + p.getPerformedBy()
                + (p.getGrade() == null ? "" : ", grade " + p.getGrade())
                + (p.getSatisfaction() == null ? "" : ", satisfaction " + p.getSatisfaction())));
        return p;
    }

    /**
     * Strikes out a mistaken entry with the reason; it stays on record, marked. A supervision entry
     * only by a case supervisor.
     */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.INTAKE_CLERK})
    public CaseProgress strikeOut(long entryId, @NotBlank @Size(max = REASON_MAX) @PlainText String reason) {
        CallerProfile me = organisation.getCaller();
        CaseProgress p = handling.findProgressInUnits(entryId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(PROGRESS, entryId));
        if (p.getKind().isStaffActivity() && !me.getRoles().contains(Role.CASE_SUPERVISOR)) {
            throw new BusinessException("cases.progress.supervisorOnly", p.getKind().labelKey());
        }
        situations.require(CaseAct.strikeOutOf(p.getKind()), locked(p.getCaseId()), session::isCallerInRole);
        p.strikeOut(reason, me.getUsername(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, PROGRESS, entryId, "struck out (case " + p.getCaseId() + "): "
                + p.getStrikeReason()));
        return p;
    }

    /** Every entry of a case of the caller's units, struck ones included, by the day of the activity. */
    public List<CaseProgress> findProgress(long caseId) {
        return handling.findProgress(scoped(caseId).getId());
    }

    // Client's progress enquiries (LAL art. 46) ----------------------------------------------------

    /**
     * What a client may be told of the progress of their case: the lawyer's activities not struck
     * out — never the centre's internal supervision (assessments, grades, the organ's opinion, ratings).
     */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_SUPERVISOR})
    public List<CaseProgress> findClientProgress(long caseId) {
        situations.require(CaseAct.RECORD_ENQUIRY, scoped(caseId), session::isCallerInRole);
        return findProgress(caseId).stream().filter(CaseProgress::isToldToClient).toList();
    }

    /** Takes down a client's enquiry about a case of the caller's units, with the answer when given at once. */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_SUPERVISOR})
    public CaseEnquiry recordEnquiry(long caseId, @NotNull @Valid NewEnquiry form) {
        CallerProfile me = organisation.getCaller();
        LegalCase c = scoped(caseId);
        situations.require(CaseAct.RECORD_ENQUIRY, c, session::isCallerInRole);
        OffsetDateTime now = time.now();
        OffsetDateTime askedAt = form.getAskedAt() == null ? now : form.getAskedAt().atZone(ChinaTime.ZONE).toOffsetDateTime();
        CaseEnquiry e = new CaseEnquiry(c, form, askedAt, me.getUsername(), now);
        if (form.getAnswer() != null && !form.getAnswer().isBlank()) {
            e.answer(form.getAnswer(), me.getUsername(), now);
        }
        handling.add(e);
        audit.fire(AuditEvent.of(AuditAction.CREATE, ENQUIRY, e.getId(), "case " + c.getCaseNumber() + ": enquiry by "
                + e.getAskedBy() + " (" + e.getChannel() + ")" + (e.isAnswered() ? ", answered" : "")));
        return e;
    }

    /** Answers an open enquiry from the record (once). */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_SUPERVISOR})
    public CaseEnquiry answerEnquiry(long enquiryId, @NotBlank @Size(max = CaseEnquiry.ANSWER_MAX) @PlainText String answer) {
        CaseEnquiry e = handling.findEnquiryInUnits(enquiryId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(ENQUIRY, enquiryId));
        situations.require(CaseAct.ANSWER_ENQUIRY, scoped(e.getCaseId()), session::isCallerInRole);
        e.answer(answer, organisation.getCaller().getUsername(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, ENQUIRY, enquiryId, "answered (case " + e.getCaseId() + ")"));
        return e;
    }

    /** A case's enquiries, newest first. */
    public List<CaseEnquiry> findEnquiries(long caseId) {
        return handling.findEnquiries(scoped(caseId).getId());
    }

    private LegalCase scoped(long caseId) {
        return cases.findInUnits(caseId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, caseId));
    }

    private LegalCase locked(long caseId) {
        return cases.lockInUnits(caseId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, caseId));
    }
}
