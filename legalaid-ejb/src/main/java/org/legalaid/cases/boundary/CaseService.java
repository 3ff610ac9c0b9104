package org.legalaid.cases.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.audit.boundary.AuditService;
import org.legalaid.audit.boundary.RecordAccess;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.cases.control.CaseOpener;
import org.legalaid.cases.control.CaseRepository;
import org.legalaid.cases.control.CaseSituations;
import org.legalaid.cases.control.TimelineSource;
import org.legalaid.intake.SubjectType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading a legal aid case (docs/domain.md "Case lifecycle" 8–9): the case of the caller's units, its
 * timeline from every part of the cases context. Cases are opened by the assignment of their first
 * lawyer ({@link CaseOpener}), not here.
 *
 * <p>Every read of a case is audited: the case names its client, and the case page shows who viewed
 * it (issue 5, "the audit of who viewed it").
 */
@Stateless
@RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER, Roles.REVIEWER, Roles.BUREAU_SUPERVISOR,
        Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR,
        Roles.COMPLAINT_HANDLER})
public class CaseService {

    public static final String LEGAL_CASE = CaseOpener.LEGAL_CASE;

    @Inject
    private CaseRepository cases;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Instance<TimelineSource> timelineSources;

    @Inject
    private Instance<CaseTimelineContributor> contributors;

    @Inject
    private AuditService auditTrail;

    @Inject
    private CaseSituations situations;

    @Resource
    private SessionContext session;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * Which acts the caller may take on a case of their units now (handling, termination, closing):
     * the rule of {@link CaseAct} for the caller's roles and the case's state — the same that
     * {@link HandlingService}, {@link TerminationService} and {@link ClosingService} check before
     * each act. The case page offers exactly these.
     *
     * @throws NotFoundException when it does not exist or belongs to another unit
     */
    public Set<CaseAct> actsOn(long caseId) {
        LegalCase c = cases.findInUnits(caseId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, caseId));
        return situations.actsOn(c, session::isCallerInRole);
    }

    /**
     * A case of the caller's units (audited as viewed).
     *
     * @throws NotFoundException when it does not exist or belongs to another unit
     */
    public LegalCase getCase(long id) {
        LegalCase c = cases.findInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, id));
        audit.fire(AuditEvent.of(AuditAction.READ, LEGAL_CASE, id, "viewed"));
        return c;
    }

    /**
     * A case of the caller's units as another context refers to it ({@link CaseReference}: number,
     * lawyer, supervisor, no client): the complaints context's case concerned. Not audited as a read of
     * the client's record, since it shows none of it.
     */
    public Optional<CaseReference> findReference(long id) {
        return cases.findInUnits(id, organisation.findUnitIdsInScope()).map(c -> new CaseReference(c.getId(),
                c.getCaseNumber(), c.getUnitId(), c.getLawyerId(), c.getLawyerName(), c.getSupervisor()));
    }

    /** As {@link #findReference}, by the case number 案号 typed in another context's form. */
    public Optional<CaseReference> findReferenceByNumber(@NotNull String caseNumber) {
        return cases.findByNumberInUnits(caseNumber.strip(), organisation.findUnitIdsInScope()).map(c -> new CaseReference(c.getId(),
                c.getCaseNumber(), c.getUnitId(), c.getLawyerId(), c.getLawyerName(), c.getSupervisor()));
    }

    /** The case opened for an application or a notified criminal case, if a lawyer was assigned (audited when found). */
    public Optional<LegalCase> findBySubject(@NotNull SubjectType type, long subjectId) {
        List<Long> units = organisation.findUnitIdsInScope();
        Optional<LegalCase> c = cases.findBySubject(type, subjectId).filter(x -> units.contains(x.getUnitId()));
        c.ifPresent(x -> audit.fire(AuditEvent.of(AuditAction.READ, LEGAL_CASE, x.getId(), "viewed")));
        return c;
    }

    /** Who viewed or changed a case of the caller's units, newest first (the last 100). */
    public List<RecordAccess> findAccess(long id) {
        cases.findInUnits(id, organisation.findUnitIdsInScope()).orElseThrow(() -> new NotFoundException(LEGAL_CASE, id));
        return auditTrail.findAccessTo(LEGAL_CASE, String.valueOf(id), 100);
    }

    /** Every step of a case of the caller's units, oldest first. */
    public List<TimelineEntry> findTimeline(long id) {
        LegalCase c = cases.findInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, id));
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineSource source : timelineSources) {
            out.addAll(source.entriesFor(c));
        }
        for (CaseTimelineContributor other : contributors) {
            out.addAll(other.entriesFor(id));
        }
        return TimelineEntry.merge(out);
    }
}
