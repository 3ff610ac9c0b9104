package org.legalaid.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.boundary.TerminationProposal;
import org.legalaid.cases.boundary.TerminationService;

import java.io.Serializable;
import java.util.List;

/**
 * Termination proposals of the user's units waiting for the director (LAL art. 48), oldest first.
 * A short list by nature (proposals wait days, not months), so it is read whole.
 */
@Named
@ViewScoped
public class TerminationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TerminationService terminations;

    @Inject
    private org.legalaid.web.StaffNames people;

    private List<TerminationProposal> proposals;

    public List<TerminationProposal> getProposals() {
        if (proposals == null) {
            proposals = terminations.findAwaitingApproval();
            people.prefetch(proposals.stream().map(p -> p.termination().getProposedBy()).toList());
        }
        return proposals;
    }
}
