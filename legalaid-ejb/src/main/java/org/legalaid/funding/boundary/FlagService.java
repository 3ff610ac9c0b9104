package org.legalaid.funding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.legalaid.funding.FlagState;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.control.ClaimRepository;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The exceptions queue (异常处理, issue 13 "Anti-misappropriation rules"): every flag with its
 * explanation, evidence and severity; a finance approver resolves it with a reason (an exception
 * accepted, a mistake corrected elsewhere) — never deletes it. Resolving a flag of a claim the caller
 * claimed is refused: nobody clears their own exception.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class FlagService {

    @Inject
    private ClaimRepository claims;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    @Resource
    private SessionContext context;

    /** Whether the caller may resolve flags (the page offers the act only then; {@link #resolve} checks again). */
    public boolean mayResolve() {
        return context.isCallerInRole(Roles.FINANCE_APPROVER);
    }

    /** The flags of the caller's units in the states, newest first. */
    public List<FundingFlag> findFlags(@NotEmpty Set<FlagState> states, @Min(1) @Max(1000) int max) {
        return claims.findFlags(organisation.findUnitIdsInScope(), states, max);
    }

    /**
     * Resolves a flag with a reason.
     *
     * @throws org.legalaid.shared.BusinessException {@code funding.flag.resolved}, {@code funding.flag.reasonRequired};
     *                                               {@code funding.flag.ownClaim} for a flag on a claim the caller recorded
     */
    @RolesAllowed(Roles.FINANCE_APPROVER)
    public FundingFlag resolve(long id, @NotBlank @Size(max = FundingFlag.REASON_MAX) @PlainText String reason) {
        FundingFlag f = claims.lockFlag(id).filter(x -> organisation.findUnitIdsInScope().contains(x.getUnitId()))
                .orElseThrow(() -> new NotFoundException("FundingFlag", id));
        String user = context.getCallerPrincipal().getName();
        if (f.getClaimId() != null) {
            claims.findClaim(f.getClaimId()).filter(c -> c.getClaimedBy().equalsIgnoreCase(user)).ifPresent(c -> {
                throw new org.legalaid.shared.BusinessException("funding.flag.ownClaim");
            });
        }
        f.resolve(user, reason, time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, "FundingFlag", id, "resolved: " + reason.strip()));
        return f;
    }
}
