package org.legalaid.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.ClaimForm;
import org.legalaid.funding.Fund;
import org.legalaid.funding.PayableCase;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.web.i18n.Actions;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Recording a subsidy claim for an archived case: the stage and the extras, then the calculation line
 * by line with the standard behind each, the proposed fund, and the claim.
 */
@Named
@ViewScoped
public class ClaimNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    private Long caseId;
    private PayableCase payableCase;
    private final ClaimForm form = new ClaimForm();
    private ClaimService.Preview preview;
    private List<Fund> funds;

    /** The view action: the case from the link. */
    public void load() throws IOException {
        Optional<PayableCase> pc = caseId == null ? Optional.empty()
                : Actions.attempt(() -> claims.getPayableCase(caseId), null);
        if (pc.isEmpty()) {
            Faces.responseSendError(404, "no such case");
            return;
        }
        payableCase = pc.get();
        form.setCaseId(caseId);
        form.setStage(ProcedureStage.FIRST_INSTANCE);
        funds = claims.findFundsFor(caseId);
    }

    /** Shows the calculation for what was entered. */
    public void calculate() {
        preview = Actions.attempt(() -> claims.preview(form), null).orElse(null);
    }

    /** Records the claim and opens it. */
    public String submit() {
        Optional<SubsidyClaim> c = Actions.attempt(() -> claims.claim(form), "funding.claim.recorded");
        if (c.isEmpty()) {
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        return "/funding/claim?faces-redirect=true&id=" + c.get().getId();
    }

    public ProcedureStage[] getStages() {
        return ProcedureStage.values();
    }

    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public PayableCase getPayableCase() { return payableCase; }
    public ClaimForm getForm() { return form; }
    public ClaimService.Preview getPreview() { return preview; }
    public List<Fund> getFunds() { return funds; }
}
