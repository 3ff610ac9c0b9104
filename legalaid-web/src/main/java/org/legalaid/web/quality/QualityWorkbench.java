package org.legalaid.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.boundary.EvaluationService;
import org.legalaid.web.CurrentUser;
import org.legalaid.web.Page;

/**
 * The quality evaluator's workbench card (issue 16): initial evaluations, re-evaluations and
 * objections waiting for them. Kept in the quality context's pages, beside the other cards of the
 * workbench, so that the workbench itself knows no context's details.
 */
@Named
@RequestScoped
public class QualityWorkbench {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationService evaluations;

    private EvaluationService.Workbench work;

    /** Whether the user evaluates case quality. */
    public boolean isShown() {
        return currentUser.mayOpen(Page.QUALITY_WORK);
    }

    /** What waits for the evaluator. */
    public EvaluationService.Workbench getWork() {
        if (work == null) {
            work = evaluations.findWork();
        }
        return work;
    }
}
