package org.legalaid.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.funding.boundary.FinanceWork;
import org.legalaid.intake.DeadlineCounts;
import org.legalaid.intake.boundary.DeadlineService;

/**
 * The workbench's cards: for staff who handle timed steps, the overdue, due-soon and paused
 * deadlines of their units, each linking to the list filtered so; for the finance roles and the
 * director, what waits in funding; for the quality evaluator, the evaluations waiting for them.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private ClaimService claims;

    @Inject
    private org.legalaid.quality.boundary.EvaluationService evaluations;

    private DeadlineCounts counts;
    private FinanceWork financeWork;
    private org.legalaid.quality.boundary.EvaluationService.Workbench qualityWork;

    /** Whether the user holds a role that handles timed steps (the roles of the deadline list). */
    public boolean isDeadlinesShown() {
        return currentUser.mayOpen(Page.DEADLINES);
    }

    /** Whether the user works with funding (the roles of the claims screen). */
    public boolean isFundingShown() {
        return currentUser.mayOpen(Page.FUNDING_CLAIMS);
    }

    /** What waits in funding for the user's units: cases to claim, claims to review, approve, pay, open exceptions. */
    public FinanceWork getFinanceWork() {
        if (financeWork == null) {
            financeWork = claims.findWork();
        }
        return financeWork;
    }

    /** Whether the user evaluates case quality (the evaluator's workbench, issue 16). */
    public boolean isQualityShown() {
        return currentUser.mayOpen(Page.QUALITY_WORK);
    }

    /** What waits for the evaluator: initial evaluations, re-evaluations, objections to cases they evaluated. */
    public org.legalaid.quality.boundary.EvaluationService.Workbench getQualityWork() {
        if (qualityWork == null) {
            qualityWork = evaluations.findWork();
        }
        return qualityWork;
    }

    public DeadlineCounts getCounts() {
        if (counts == null) {
            counts = deadlines.countOpen();
        }
        return counts;
    }
}
