package org.legalaid.funding.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The nightly run of the anti-misappropriation rules over everything (issue 13): every claim not yet
 * paid is checked again with today's facts (a lawyer suspended since, an account changed, a budget
 * spent), and every allocation for withholding (截留). A finding already flagged is not flagged again.
 * It acts as a finance approver of the whole system (run-as), with "system" as the flags' author.
 * Persistent, in the database timer store (shared-state.cli): on a cluster one node runs it (issue 20).
 */
@Singleton
@RunAs(Roles.FINANCE_APPROVER)
public class NightlyFundingRules {

    private static final Logger LOG = Logger.getLogger(NightlyFundingRules.class.getName());

    @Inject
    private ClaimRepository claims;

    @Inject
    private FundingRules rules;

    @Inject
    private CurrentTime time;

    /** Called by the container at 2:00 China time, with no caller. */
    @Schedule(hour = "2", minute = "0", timezone = "Asia/Shanghai", info = "funding rules")
    @PermitAll
    void nightly() {
        runNow();
    }

    /** Runs every rule now; returns the flags raised by this run. */
    @RolesAllowed({Roles.FINANCE_APPROVER, Roles.SYSTEM_ADMIN})
    public List<FundingFlag> runNow() {
        List<FundingFlag> raised = new ArrayList<>();
        for (Long id : claims.findUnpaidClaimIds()) {
            SubsidyClaim c = claims.findClaim(id).orElse(null);
            if (c != null) {
                raised.addAll(rules.check(c, FundingRules.SYSTEM));
            }
        }
        raised.addAll(rules.checkAllocations(FundingRules.SYSTEM, time.today()));
        LOG.info(() -> "funding rules: " + raised.size() + " new flags");
        return raised;
    }
}
