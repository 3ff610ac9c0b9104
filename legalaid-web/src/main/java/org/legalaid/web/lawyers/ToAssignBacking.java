package org.legalaid.web.lawyers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.AssignableCase;
import org.legalaid.intake.boundary.AssignableCaseService;
import org.legalaid.shared.ChinaTime;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The worklist of cases waiting for a lawyer (LAL art. 43, 36: 3 days), earliest due first so
 * the overdue ones lead. A short list by nature — the statutory clock keeps it short.
 */
@Named
@ViewScoped
public class ToAssignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssignableCaseService cases;

    private List<AssignableCase> awaiting;
    private LocalDateTime now;

    @PostConstruct
    void init() {
        awaiting = cases.findAwaitingAssignment();
        now = LocalDateTime.now(ChinaTime.ZONE);
    }

    public List<AssignableCase> getAwaiting() {
        return awaiting;
    }

    public boolean overdue(AssignableCase c) {
        return c.isOverdue(now);
    }
}
