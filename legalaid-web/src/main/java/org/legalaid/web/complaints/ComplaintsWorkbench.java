package org.legalaid.web.complaints;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.boundary.ComplaintService;
import org.legalaid.complaints.boundary.ComplaintWork;
import org.legalaid.web.CurrentUser;
import org.legalaid.web.Page;
import org.legalaid.web.i18n.Messages;

import java.util.Locale;

/**
 * The complaint handler's workbench card (MoJ order 149): what waits for them and the year's decided
 * complaints by outcome as a chart. Kept in the complaints context's pages, beside the other cards
 * of the workbench, so that the workbench itself knows no context's details.
 */
@Named
@RequestScoped
public class ComplaintsWorkbench {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ComplaintService complaints;

    private ComplaintWork work;

    /** Whether the user handles complaints. */
    public boolean isShown() {
        return currentUser.mayOpen(Page.COMPLAINT_NEW);
    }

    /** What waits for the complaint handler, and the year's decisions by outcome. */
    public ComplaintWork getWork() {
        if (work == null) {
            work = complaints.findWork();
        }
        return work;
    }

    /**
     * The year's decided complaints by outcome as Chart.js configuration (p:chart), built with JSON-P:
     * the workbench's view of the annual report's figures (MoJ order 149 art. 28).
     */
    public String getChart() {
        Locale locale = Messages.locale(FacesContext.getCurrentInstance());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (ComplaintOutcome o : ComplaintOutcome.values()) {
            labels.add(Messages.text(locale, o.labelKey()));
            data.add(getWork().yearByOutcome().getOrDefault(o, 0L));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text(locale, "home.complaints.chart"))
                                .add("data", data).add("backgroundColor", "#e57373"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
