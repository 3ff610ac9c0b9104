package org.legalaid.web.complaints;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.legalaid.complaints.ComplaintGround;
import org.legalaid.complaints.PublicComplaintForm;
import org.legalaid.complaints.RespondentType;
import org.legalaid.complaints.boundary.PublicComplaintService;
import org.legalaid.organisation.boundary.PublicCentre;
import org.legalaid.shared.BusinessException;
import org.legalaid.web.i18n.Messages;

import java.time.LocalDate;
import java.util.List;

/**
 * The public online complaint form (/public/complaint.xhtml, MoJ order 149 art. 9). A stateless view
 * with this request-scoped bean: an anonymous visitor gets no HTTP session and pins no server memory.
 *
 * <p>Against abuse, without CAPTCHA: the per-address limit ({@link PublicLimits}, 429 with a clear
 * message beyond it) and a honeypot field that people do not see and programs fill in. A filled
 * honeypot is <em>refused with a message</em>, not accepted silently with a fake receipt: a browser's
 * autofill or a screen-reader user may fill it by mistake, and a silent fake would lose a real
 * complaint without a word — the message lets a person clear the field and file; a program learns
 * little it could not learn otherwise, and the address limit still holds.
 */
@Named
@RequestScoped
public class PublicComplaintBacking {

    @Inject
    private PublicComplaintService complaints;

    @Inject
    private PublicLimits limits;

    private final PublicComplaintForm form = new PublicComplaintForm();

    /** The honeypot: hidden from people (off-screen, aria-hidden, not in the tab order). */
    private String website;

    private PublicComplaintService.Receipt receipt;

    private List<PublicCentre> centres;

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        if (!limits.admit(PublicLimits.Kind.COMPLAINT, (HttpServletRequest) ec.getRequest())) {
            ec.setResponseStatus(429);
            Messages.addError("complaints.public.tooMany", limits.windowMinutes());
            return;
        }
        if (website != null && !website.isBlank()) {
            Messages.addError("complaints.public.honeypot");
            return;
        }
        try {
            receipt = complaints.submit(form);
        } catch (BusinessException | jakarta.ejb.EJBException e) {
            Messages.addError(e);
        }
    }

    public List<PublicCentre> getCentres() {
        if (centres == null) {
            centres = complaints.findCentres();
        }
        return centres;
    }

    public RespondentType[] getRespondentTypes() {
        return RespondentType.values();
    }

    public ComplaintGround[] getGrounds() {
        return ComplaintGround.values();
    }

    /** The latest day the complainant may have learned of the matter: today. */
    public LocalDate getToday() {
        return LocalDate.now(org.legalaid.shared.ChinaTime.ZONE);
    }

    public PublicComplaintForm getForm() { return form; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public PublicComplaintService.Receipt getReceipt() { return receipt; }
}
