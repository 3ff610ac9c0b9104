package org.legalaid.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.funding.boundary.FinanceWork;
import org.legalaid.intake.DeadlineCounts;
import org.legalaid.intake.boundary.DeadlineService;

/**
 * The workbench's cards: for staff who handle timed steps, the overdue, due-soon and paused
 * deadlines of their units, each linking to the list filtered so; for the finance roles and the
 * director, what waits in funding.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private ClaimService claims;

    @Inject
    private org.legalaid.complaints.boundary.ComplaintService complaints;

    private DeadlineCounts counts;
    private FinanceWork financeWork;
    private org.legalaid.complaints.boundary.ComplaintWork complaintWork;

    /** Whether the user handles complaints (MoJ order 149): the workbench card of what waits. */
    public boolean isComplaintsShown() {
        return currentUser.mayOpen(Page.COMPLAINT_NEW);
    }

    /** What waits for the complaint handler, and the year's decisions by outcome (the chart). */
    public org.legalaid.complaints.boundary.ComplaintWork getComplaintWork() {
        if (complaintWork == null) {
            complaintWork = complaints.findWork();
        }
        return complaintWork;
    }

    /**
     * The year's decided complaints by outcome as Chart.js configuration (p:chart), built with JSON-P:
     * the workbench's view of the annual report's figures (MoJ order 149 art. 28).
     */
    public String getComplaintChart() {
        java.util.Locale locale = org.legalaid.web.i18n.Messages.locale(jakarta.faces.context.FacesContext.getCurrentInstance());
        jakarta.json.JsonArrayBuilder labels = jakarta.json.Json.createArrayBuilder();
        jakarta.json.JsonArrayBuilder data = jakarta.json.Json.createArrayBuilder();
        for (org.legalaid.complaints.ComplaintOutcome o : org.legalaid.complaints.ComplaintOutcome.values()) {
            labels.add(org.legalaid.web.i18n.Messages.text(locale, o.labelKey()));
            data.add(getComplaintWork().yearByOutcome().getOrDefault(o, 0L));
        }
        return jakarta.json.Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", jakarta.json.Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                                .add("label", org.legalaid.web.i18n.Messages.text(locale, "home.complaints.chart"))
                                .add("data", data).add("backgroundColor", "#e57373"))))
                .add("options", jakarta.json.Json.createObjectBuilder().add("indexAxis", "y")
                        .add("plugins", jakarta.json.Json.createObjectBuilder().add("legend",
                                jakarta.json.Json.createObjectBuilder().add("display", false)))
                        .add("scales", jakarta.json.Json.createObjectBuilder().add("x", jakarta.json.Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", jakarta.json.Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** Whether the user holds a role that handles timed steps (the roles of the deadline list). */
    public boolean isDeadlinesShown() {
        return currentUser.mayOpen(Page.DEADLINES);
    }

    /** Whether the user works with funding (the roles of the claims screen). */
    public boolean isFundingShown() {
        return currentUser.mayOpen(Page.FUNDING_CLAIMS);
    }

    /** What waits in funding for the user's units: cases to claim, claims to review, approve, pay, open exceptions. */
    public FinanceWork getFinanceWork() {
        if (financeWork == null) {
            financeWork = claims.findWork();
        }
        return financeWork;
    }

    public DeadlineCounts getCounts() {
        if (counts == null) {
            counts = deadlines.countOpen();
        }
        return counts;
    }
}
