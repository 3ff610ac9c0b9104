package org.legalaid.web.complaints;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.boundary.CaseReference;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintChannel;
import org.legalaid.complaints.ComplaintForm;
import org.legalaid.complaints.ComplaintGround;
import org.legalaid.complaints.ObjectionRoute;
import org.legalaid.complaints.RespondentType;
import org.legalaid.complaints.boundary.ComplaintService;
import org.legalaid.complaints.boundary.ComplaintService.RespondentOption;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writing a complaint down (MoJ order 149 art. 9–10): channel, complainant, the respondent picked from
 * the registries, the case concerned by its number, the ground of art. 7 and the facts. What is
 * really an objection to a refusal or termination of aid is sent to the objection procedure (LAL
 * art. 49) with a link, and not recorded.
 */
@Named
@ViewScoped
public class ComplaintNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService complaints;

    private ComplaintForm form;
    private String respondentQuery;
    private List<RespondentOption> options = List.of();
    private Integer chosen;
    private String caseNumber;

    @PostConstruct
    void init() {
        form = new ComplaintForm();
        form.setChannel(ComplaintChannel.WINDOW);
        form.setRespondentType(RespondentType.LAWYER);
    }

    /** Looks the respondents of the chosen type up in the registries. */
    public void findRespondents() {
        chosen = null;
        options = Actions.attempt(() -> complaints.findRespondentOptions(form.getRespondentType(), respondentQuery), null)
                .orElse(List.of());
        if (options.isEmpty()) {
            Messages.addError("complaints.form.noRespondentFound");
        }
    }

    public void typeChanged() {
        options = List.of();
        chosen = null;
    }

    public String save() {
        form.setRespondentId(null);
        form.setRespondentUsername(null);
        if (chosen != null && chosen >= 0 && chosen < options.size()) {
            RespondentOption o = options.get(chosen);
            form.setRespondentId(o.id());
            form.setRespondentUsername(o.username());
            form.setRespondentName(o.label());
        }
        form.setCaseId(null);
        if (caseNumber != null && !caseNumber.isBlank()) {
            Optional<CaseReference> ref = Actions.attempt(() -> complaints.findCase(caseNumber), null).flatMap(r -> r);
            if (ref.isEmpty()) {
                Messages.addError("complaints.caseUnknown", caseNumber);
                return null;
            }
            form.setCaseId(ref.get().caseId());
        }
        Optional<Complaint> c = Actions.attempt(() -> complaints.register(form), "complaints.registered");
        return c.map(k -> "/complaints/complaint?faces-redirect=true&id=" + k.getId()).orElse(null);
    }

    public List<ComplaintChannel> getChannels() {
        return List.of(ComplaintChannel.WINDOW, ComplaintChannel.HOTLINE_12348, ComplaintChannel.LETTER,
                ComplaintChannel.CUSTODY_FORWARD);
    }

    public List<RespondentType> getRespondentTypes() { return List.of(RespondentType.values()); }
    public List<ComplaintGround> getGrounds() { return List.of(ComplaintGround.values()); }
    public List<ObjectionRoute> getObjectionRoutes() { return List.of(ObjectionRoute.values()); }
    public LocalDate getToday() { return LocalDate.now(ChinaTime.ZONE); }
    public ComplaintForm getForm() { return form; }
    public String getRespondentQuery() { return respondentQuery; }
    public void setRespondentQuery(String respondentQuery) { this.respondentQuery = respondentQuery; }
    public List<RespondentOption> getOptions() { return options; }
    public Integer getChosen() { return chosen; }
    public void setChosen(Integer chosen) { this.chosen = chosen; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
}
