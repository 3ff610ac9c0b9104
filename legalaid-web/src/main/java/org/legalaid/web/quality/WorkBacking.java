package org.legalaid.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.boundary.EvaluationService;

import java.io.Serializable;

/** The evaluator's workbench: the initial evaluations and re-evaluations waiting for this person. */
@Named
@ViewScoped
public class WorkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    private EvaluationService.Workbench work;

    @PostConstruct
    void init() {
        work = evaluations.findWork();
    }

    public EvaluationService.Workbench getWork() {
        return work;
    }
}
