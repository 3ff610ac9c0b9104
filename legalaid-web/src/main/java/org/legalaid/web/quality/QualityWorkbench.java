package org.legalaid.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.boundary.EvaluationService;
import org.legalaid.quality.boundary.InspectionService;
import org.legalaid.web.CurrentUser;
import org.legalaid.web.Page;

/**
 * The quality evaluator's workbench card (issue 16): initial evaluations, re-evaluations and
 * objections waiting for them; and the inspection card of the bureau's supervisor and a centre's director. Kept in the quality context's pages, beside the other cards of the
 * workbench, so that the workbench itself knows no context's details.
 */
@Named
@RequestScoped
public class QualityWorkbench {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private InspectionService inspections;

    private EvaluationService.Workbench work;

    private InspectionService.Work inspectionWork;

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

    /**
     * What waits in institution inspections (the bureau's supervisor and a centre's director; the boundary
     * says whether the card is theirs).
     */
    public InspectionService.Work getInspectionWork() {
        if (inspectionWork == null) {
            inspectionWork = currentUser.mayOpen(Page.QUALITY_INSPECTIONS) ? inspections.findWork()
                    : new InspectionService.Work(false, false, 0, 0, 0, java.util.List.of());
        }
        return inspectionWork;
    }
}
