package org.legalaid.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.funding.boundary.FinanceWork;
import jakarta.faces.context.FacesContext;
import org.legalaid.audit.boundary.AuditService;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.cases.boundary.HandlingService;
import org.legalaid.cases.boundary.TerminationService;
import org.legalaid.intake.ApplicationFilter;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.DeadlineCounts;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.AssignableCaseService;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.shared.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workbench's cards: what waits for this person in their units (applications to accept, review,
 * decide or hear on objection; cases to assign; terminations to approve; case files to review; the
 * supervisor's cases and those gone quiet; cases without a supervisor), each linking to the list it
 * counts and each counted by one query (a figure never loads the list it counts); for staff who handle timed steps, the overdue, due-soon and paused
 * deadlines of their units, each linking to the list filtered so; for the finance roles and the
 * director, what waits in funding.
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
    private ApplicationService applications;

    @Inject
    private AssignableCaseService assignable;

    @Inject
    private TerminationService terminations;

    @Inject
    private ClosingService closing;

    @Inject
    private HandlingService handling;

    @Inject
    private AuditService audit;

    private DeadlineCounts counts;
    private FinanceWork financeWork;
    private List<WorkTile> work;

    /**
     * One count of the "what waits for me" card: its label, the figure and the list it opens (a page
     * and, for the application list, the status it is filtered by).
     */
    public record WorkTile(String id, String labelKey, long count, String outcome, Map<String, String> params) {
    }

    /**
     * The counts of what waits for the user, by role — only those of pages the user may open, each
     * read once per request. Empty for someone whose work is elsewhere (finance, quality, complaints
     * have cards of their own).
     */
    public List<WorkTile> getWork() {
        if (work == null) {
            List<WorkTile> tiles = new ArrayList<>();
            application(tiles, Roles.INTAKE_CLERK, ApplicationStatus.SUBMITTED, "home.work.toAccept");
            application(tiles, Roles.INTAKE_CLERK, ApplicationStatus.AWAITING_MATERIALS, "home.work.awaitingMaterials");
            application(tiles, Roles.REVIEWER, ApplicationStatus.ACCEPTED, "home.work.toReview");
            application(tiles, Roles.APPROVER, ApplicationStatus.PENDING_APPROVAL, "home.work.toDecide");
            application(tiles, Roles.BUREAU_SUPERVISOR, ApplicationStatus.OBJECTION_PENDING, "home.work.objections");
            if (currentUser.mayOpen(Page.TO_ASSIGN)) {
                tiles.add(new WorkTile("toAssign", "home.work.toAssign", assignable.countAwaitingAssignment(),
                        Page.TO_ASSIGN.path(), Map.of()));
            }
            if (hasRole(Roles.APPROVER) && currentUser.mayOpen(Page.TERMINATIONS)) {
                tiles.add(new WorkTile("terminations", "home.work.terminations", terminations.countAwaitingApproval(),
                        Page.TERMINATIONS.path(), Map.of()));
            }
            if ((hasRole(Roles.REVIEWER) || hasRole(Roles.APPROVER)) && currentUser.mayOpen(Page.CLOSING_REVIEWS)) {
                tiles.add(new WorkTile("closingReviews", "home.work.closingReviews", closing.countWorklist(),
                        Page.CLOSING_REVIEWS.path(), Map.of()));
            }
            if (hasRole(Roles.CASE_SUPERVISOR) && currentUser.mayOpen(Page.CASES_MINE)) {
                HandlingService.SupervisionCounts mine = handling.countMyCases();
                tiles.add(new WorkTile("casesMine", "home.work.casesMine", mine.open(), Page.CASES_MINE.path(), Map.of()));
                tiles.add(new WorkTile("casesQuiet", "home.work.casesQuiet", mine.quiet(), Page.CASES_MINE.path(), Map.of()));
            }
            if ((hasRole(Roles.APPROVER) || hasRole(Roles.ASSIGNMENT_OFFICER)) && currentUser.mayOpen(Page.CASES_UNSUPERVISED)) {
                tiles.add(new WorkTile("casesUnsupervised", "home.work.casesUnsupervised", handling.countCasesWithoutSupervisor(),
                        Page.CASES_UNSUPERVISED.path(), Map.of()));
            }
            if (hasRole(Roles.SYSTEM_ADMIN) && currentUser.mayOpen(Page.AUDIT)) {
                // Sign-in alerts (issue 19): names and addresses slowed down by the throttle today.
                tiles.add(new WorkTile("signInAlerts", "home.work.signInAlerts", audit.countSignInAlertsOfLastDay(),
                        Page.AUDIT.path(), Map.of()));
            }
            work = List.copyOf(tiles);
        }
        return work;
    }

    private void application(List<WorkTile> tiles, String role, ApplicationStatus status, String labelKey) {
        if (hasRole(role) && currentUser.mayOpen(Page.APPLICATIONS)) {
            long n = applications.countApplications(new ApplicationFilter(status, null, null, null, null));
            tiles.add(new WorkTile("applications" + status.name(), labelKey, n, Page.APPLICATIONS.path(),
                    Map.of("status", status.name())));
        }
    }

    private static boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

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

    public DeadlineCounts getCounts() {
        if (counts == null) {
            counts = deadlines.countOpen();
        }
        return counts;
    }
}
