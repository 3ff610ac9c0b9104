package org.legalaid.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.DeadlineCounts;
import org.legalaid.intake.boundary.DeadlineService;

/**
 * The workbench's cards: for staff who handle timed steps, the overdue, due-soon and paused
 * deadlines of their units, each linking to the list filtered so.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DeadlineService deadlines;

    private DeadlineCounts counts;

    /** Whether the user holds a role that handles timed steps (the roles of the deadline list). */
    public boolean isDeadlinesShown() {
        return currentUser.mayOpen(Page.DEADLINES);
    }

    public DeadlineCounts getCounts() {
        if (counts == null) {
            counts = deadlines.countOpen();
        }
        return counts;
    }
}
