package org.legalaid.web.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.reporting.boundary.TargetService;
import org.legalaid.reporting.boundary.TargetView;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.CurrentUser;
import org.legalaid.web.Page;
import org.legalaid.web.i18n.Messages;

import java.time.LocalDate;
import java.util.List;

/**
 * The bureau roles' workbench card (issue 17): their units against the year's targets, reached beside
 * the expected progress for today, as a chart linking to the targets page. Kept in the reporting
 * context's pages, beside the other cards of the workbench.
 */
@Named
@RequestScoped
public class ReportingWorkbench {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TargetService targets;

    private List<TargetView> views;

    /** Whether the user follows targets (the bureau's supervisor, the centres' directors). */
    public boolean isShown() {
        return currentUser.mayOpen(Page.REPORTING_TARGETS);
    }

    /** This year's targets of the user's units with their progress. */
    public List<TargetView> getViews() {
        if (views == null) {
            views = targets.progress(currentUser.getProfile().getUnitId(), LocalDate.now(ChinaTime.ZONE).getYear());
        }
        return views;
    }

    public String getChart() {
        return TargetChart.of(getViews(), Messages.locale(FacesContext.getCurrentInstance()));
    }
}
