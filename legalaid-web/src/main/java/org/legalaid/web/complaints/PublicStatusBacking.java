package org.legalaid.web.complaints;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.complaints.boundary.PublicComplaintService;
import org.legalaid.complaints.boundary.PublicComplaintState;
import org.legalaid.web.i18n.Messages;

/**
 * The public status look-up (/public/complaint-status.xhtml): by the receipt number and the last four
 * digits of the phone given with the complaint; an unknown number and wrong digits get the same
 * answer. Stateless view, request-scoped bean, limited per address ({@link PublicLimits}).
 */
@Named
@RequestScoped
public class PublicStatusBacking {

    @Inject
    private PublicComplaintService complaints;

    @Inject
    private PublicLimits limits;

    @NotBlank
    @Size(max = 40)
    private String receipt;

    @NotBlank
    @Pattern(regexp = "\\d{4}", message = "{legalaid.complaints.phoneLast4}")
    private String phoneLast4;

    private PublicComplaintState state;

    public void lookUp() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        if (!limits.admit(PublicLimits.Kind.LOOKUP, (HttpServletRequest) ec.getRequest())) {
            ec.setResponseStatus(429);
            Messages.addError("complaints.public.tooManyLookups", limits.windowMinutes());
            return;
        }
        state = complaints.findState(receipt, phoneLast4).orElse(null);
        if (state == null) {
            Messages.addError("complaints.public.notFound");
        }
    }

    public String getReceipt() { return receipt; }
    public void setReceipt(String receipt) { this.receipt = receipt; }
    public String getPhoneLast4() { return phoneLast4; }
    public void setPhoneLast4(String phoneLast4) { this.phoneLast4 = phoneLast4; }
    public PublicComplaintState getState() { return state; }
}
