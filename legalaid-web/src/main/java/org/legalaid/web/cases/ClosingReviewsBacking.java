package org.legalaid.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.cases.boundary.ClosingWorkItem;

import java.io.Serializable;
import java.util.List;

/**
 * The closing worklist (结案审查): files handed in and awaiting the centre's review in the user's
 * units, overdue first, then reviewed files awaiting the archive (docs/domain.md "Case lifecycle" 9).
 */
@Named
@ViewScoped
public class ClosingReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClosingService closing;

    private List<ClosingWorkItem> items;

    public List<ClosingWorkItem> getItems() {
        if (items == null) {
            items = closing.findWorklist();
        }
        return items;
    }
}
