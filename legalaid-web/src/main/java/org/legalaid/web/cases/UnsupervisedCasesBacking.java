package org.legalaid.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.boundary.HandlingService;

import java.io.Serializable;
import java.util.List;

/** Open cases without a case supervisor (none could be named when they opened): the director names one. */
@Named
@ViewScoped
public class UnsupervisedCasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HandlingService handling;

    private List<LegalCase> cases = List.of();

    @PostConstruct
    void init() {
        cases = handling.findCasesWithoutSupervisor();
    }

    public List<LegalCase> getCases() {
        return cases;
    }
}
