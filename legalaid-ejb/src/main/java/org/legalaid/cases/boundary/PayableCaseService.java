package org.legalaid.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.control.CaseRepository;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.SubjectType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.Roles;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the funding context may know of a case it pays (docs/domain.md "Funding": every payment must
 * trace to a closed, reviewed case and to the lawyer assigned to it): the case's status and dates as
 * they are now, without the client's personal data. Limited to the caller's units, except for the
 * nightly rules run, which acts for the whole system.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class PayableCaseService {

    @Inject
    private CaseRepository cases;

    @Inject
    private OrganisationService organisation;

    /**
     * A case as funding sees it.
     *
     * @param status the case's status now; only {@link CaseStatus#ARCHIVED} is payable
     */
    public record PayableCase(long caseId, String caseNumber, long unitId, MatterType matterType, CaseStatus status,
                              SubjectType subjectType, Long subjectId, boolean legacy, Long lawyerId, String lawyerName,
                              String firmName, LocalDate assignedOn, LocalDate endedOn, LocalDate archivedOn)
            implements Serializable {

        public boolean isPayable() {
            return status == CaseStatus.ARCHIVED && !legacy;
        }
    }

    /** A case of the caller's units. */
    public Optional<PayableCase> find(long caseId) {
        return cases.findInUnits(caseId, organisation.findUnitIdsInScope()).map(PayableCaseService::of);
    }

    /**
     * Only the status of any case, for the funding rules' nightly run over every claim (it acts for the
     * whole system, with no unit of its own); the status tells nothing about the client.
     */
    public Optional<CaseStatus> findStatus(long caseId) {
        return cases.findStatus(caseId);
    }

    /** What a case was opened for: an application or a notified criminal case, by id. */
    public record CaseSubject(SubjectType type, long id) implements Serializable {
    }

    /** The subject of any case (for the funding rules, which find the case's lawyers by it). */
    public Optional<CaseSubject> findSubject(long caseId) {
        return cases.findSubjectOf(caseId).map(s -> new CaseSubject(s.type(), s.id()));
    }

    private static PayableCase of(LegalCase c) {
        return new PayableCase(c.getId(), c.getCaseNumber(), c.getUnitId(), c.getMatterType(), c.getStatus(),
                c.getSubjectType(), c.getSubjectId(), c.isLegacy(), c.getLawyerId(), c.getLawyerName(), c.getFirmName(),
                c.getAssignedOn(), c.getEndedOn(), c.getArchivedOn());
    }
}
