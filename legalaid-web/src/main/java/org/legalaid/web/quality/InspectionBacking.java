package org.legalaid.web.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.legalaid.quality.InspectedCentre;
import org.legalaid.quality.Inspection;
import org.legalaid.quality.InspectionAct;
import org.legalaid.quality.InspectionPhase;
import org.legalaid.quality.boundary.InspectionService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One institution inspection: its phases with their last days and the step to the next, the centres with their
 * groups (who inspects whom), self-reports and scores, what the caller may do for each (report, score), and at
 * acceptance the results — ranking, deductions with their reasons, the compliance rate against the target, a
 * chart, the centres to rectify with their follow-up, the commended centres and people, the notice (PDF) and the
 * Excel export.
 */
@Named
@ViewScoped
public class InspectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InspectionService inspections;

    private Long id;
    private Inspection inspection;
    private List<InspectedCentre> centres;
    private InspectionService.Results results;
    private Set<InspectionAct> acts;
    private final Map<Long, Boolean> mayReport = new HashMap<>();
    private final Map<Long, Boolean> mayScore = new HashMap<>();
    private Long selected;
    private String text;
    private LocalDate date;
    private String personName;
    private Long personUnit;

    public void load() {
        if (id == null) {
            throw new NotFoundException("QualityInspection", "");
        }
        refresh();
    }

    private void refresh() {
        inspection = inspections.getInspection(id);
        centres = inspections.findCentres(id);
        results = inspections.results(id);
        acts = inspections.actsOn(id);
        mayReport.clear();
        mayScore.clear();
        for (InspectedCentre c : centres) {
            mayReport.put(c.getId(), acts.contains(InspectionAct.SELF_REPORT) && inspections.mayReport(c.getId()));
            mayScore.put(c.getId(), acts.contains(InspectionAct.SCORE) && inspections.mayScore(c.getId()));
        }
    }

    public void select(long centreId) {
        selected = centreId;
        InspectedCentre c = centres.stream().filter(x -> x.getId() == centreId).findFirst().orElseThrow();
        text = c.getSelfReport();
        date = c.getRectifyUntil();
    }

    public void selectForText(long centreId) {
        selected = centreId;
        text = null;
    }

    public void advance() {
        if (Actions.attempt(() -> inspections.advance(id), "quality.inspection.advanced").isPresent()) {
            refresh();
        }
    }

    public void fileSelfReport() {
        if (Actions.attempt(() -> inspections.fileSelfReport(selected, text), "quality.inspection.selfReport.filed").isPresent()) {
            refresh();
        }
    }

    public void requireRectification() {
        if (Actions.attempt(() -> inspections.requireRectification(selected, date), "quality.inspection.rectify.set").isPresent()) {
            refresh();
        }
    }

    public void recordRectification() {
        if (Actions.attempt(() -> inspections.recordRectification(selected, text), "quality.inspection.rectify.recorded").isPresent()) {
            refresh();
        }
    }

    public void commendCentre() {
        if (Actions.attempt(() -> inspections.commendCentre(selected, text), "quality.inspection.commend.done").isPresent()) {
            refresh();
        }
    }

    public void commendPerson() {
        if (Actions.attempt(() -> inspections.commendPerson(id, personName, personUnit == null ? -1 : personUnit, text),
                "quality.inspection.commend.done").isPresent()) {
            personName = null;
            text = null;
            refresh();
        }
    }

    public boolean may(String act) {
        return acts.contains(InspectionAct.valueOf(act));
    }

    public boolean mayReport(InspectedCentre c) {
        return mayReport.getOrDefault(c.getId(), false);
    }

    public boolean mayScore(InspectedCentre c) {
        return mayScore.getOrDefault(c.getId(), false);
    }

    /** Whether a phase is done, current or to come (for the steps bar). */
    public String phaseState(InspectionPhase p) {
        int now = inspection.getPhase().ordinal();
        return p.ordinal() < now ? "done" : p.ordinal() == now ? "current" : "todo";
    }

    public InspectionPhase[] getPhases() {
        return InspectionPhase.values();
    }

    /** The names of the centres of a group (who inspects a centre). */
    public String groupNames(int group) {
        return String.join("、", centres.stream().filter(c -> c.getGroup() == group).map(InspectedCentre::getUnitName).toList());
    }

    /** The chart of the results (Chart.js through p:chart): each centre's total, the threshold as a line. */
    public String getChart() {
        java.util.Locale locale = org.legalaid.web.i18n.Messages.locale(jakarta.faces.context.FacesContext.getCurrentInstance());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder totals = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        JsonArrayBuilder threshold = Json.createArrayBuilder();
        for (InspectionService.CentreResult r : results.centres()) {
            if (!r.centre().isScored()) {
                continue;
            }
            labels.add(r.centre().getUnitName());
            totals.add(r.centre().getTotal());
            colours.add(r.compliant() ? "#66bb6a" : "#ef5350");
            threshold.add(results.scorecard().getComplianceFrom());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "line").add("label", org.legalaid.web.i18n.Messages.text(locale, "quality.inspection.threshold")).add("data", threshold)
                                .add("borderColor", "#455a64").add("pointRadius", 0).add("fill", false))
                        .add(Json.createObjectBuilder().add("label", org.legalaid.web.i18n.Messages.text(locale, "quality.inspection.total")).add("data", totals).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("max", results.scorecard().maximumTotal()))))
                .build().toString();
    }

    /** A centre's deductions with their reasons as one line (the Excel export's cell). */
    public String deductionText(InspectionService.CentreResult cr) {
        return String.join("；", cr.deductions().stream().map(d -> d.getItemCode() + " "
                + results.scorecard().item(d.getItemCode()).getCategory() + " " + d.getScore() + "/"
                + results.scorecard().item(d.getItemCode()).getMaxScore() + " " + d.getReason()).toList());
    }

    public boolean isAnyScored() {
        return results.centres().stream().anyMatch(r -> r.centre().isScored());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Inspection getInspection() { return inspection; }
    public List<InspectedCentre> getCentres() { return centres; }
    public InspectionService.Results getResults() { return results; }
    public Long getSelected() { return selected; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public Long getPersonUnit() { return personUnit; }
    public void setPersonUnit(Long personUnit) { this.personUnit = personUnit; }
}
