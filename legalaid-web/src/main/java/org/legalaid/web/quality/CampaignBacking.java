package org.legalaid.web.quality;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CampaignAct;
import org.legalaid.quality.Grade;
import org.legalaid.quality.SampleState;
import org.legalaid.quality.SampledCase;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One campaign (seed 004 "初评，优秀、不合格案件复评，异议审核，通报评估结果"): its progress, the sampled cases
 * with the panel's vote and the units' objections, the acts the boundary offers now, and the results per
 * unit with 优良率 and 合格率, a chart and the catalogue of problems.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    private Long id;
    private Campaign campaign;
    private CampaignService.Progress progress;
    private List<SampledCase> samples;
    private CampaignService.Results results;
    private Set<CampaignAct> acts;
    private CampaignService.Redraw redraw;
    private Long selected;
    private Grade vote1;
    private Grade vote2;
    private Grade vote3;
    private String text;
    private boolean upheld;
    private Grade newGrade;

    public void load() {
        if (id == null) {
            throw new NotFoundException("QualityCampaign", "");
        }
        refresh();
    }

    private void refresh() {
        campaign = campaigns.getCampaign(id);
        progress = campaigns.progress(id);
        samples = campaigns.findSamples(id);
        results = campaigns.results(id);
        acts = campaigns.actsOn(id);
    }

    public void select(long sampleId) {
        selected = sampleId;
        text = null;
        vote1 = vote2 = vote3 = null;
        upheld = false;
        newGrade = null;
    }

    public void decidePanel() {
        List<Grade> votes = new ArrayList<>();
        votes.add(vote1);
        votes.add(vote2);
        votes.add(vote3);
        if (Actions.attempt(() -> campaigns.decidePanel(selected, votes), "quality.panel.decided").isPresent()) {
            refresh();
        }
    }

    public void object() {
        if (Actions.attempt(() -> campaigns.object(selected, text), "quality.objection.recorded").isPresent()) {
            refresh();
        }
    }

    public void reviewObjection() {
        if (Actions.attempt(() -> campaigns.reviewObjection(selected, upheld, newGrade, text), "quality.objection.reviewedOk").isPresent()) {
            refresh();
        }
    }

    public void notifyUnits() {
        if (Actions.attempt(() -> campaigns.notifyUnits(id), "quality.campaign.notified").isPresent()) {
            refresh();
        }
    }

    public void publish() {
        if (Actions.attempt(() -> campaigns.publish(id), "quality.campaign.published").isPresent()) {
            refresh();
        }
    }

    public void placeReevaluations() {
        Actions.attempt(() -> campaigns.placeReevaluations(id), "quality.campaign.placed").ifPresent(n -> refresh());
    }

    public void checkDraw() {
        redraw = Actions.attempt(() -> campaigns.redraw(id), null).orElse(null);
    }

    public boolean may(String act) {
        return acts.contains(CampaignAct.valueOf(act));
    }

    public boolean isPanel(SampledCase s) {
        return s.getState() == SampleState.PANEL;
    }

    /** The chart of the results (Chart.js through p:chart): per unit, the cases by grade, stacked. */
    public String getChart() {
        Locale locale = Messages.locale(FacesContext.getCurrentInstance());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        results.units().forEach(u -> labels.add(u.unitName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        Map<Grade, String> colours = Map.of(Grade.EXCELLENT, "#66bb6a", Grade.GOOD, "#42a5f5", Grade.PASS, "#ffca28",
                Grade.FAIL, "#ef5350");
        for (Grade g : Grade.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            results.units().forEach(u -> data.add(u.rates().count(g)));
            datasets.add(Json.createObjectBuilder().add("label", Messages.text(locale, g.labelKey())).add("data", data)
                    .add("backgroundColor", colours.get(g)));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    public Grade[] getGrades() { return Grade.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Campaign getCampaign() { return campaign; }
    public CampaignService.Progress getProgress() { return progress; }
    public List<SampledCase> getSamples() { return samples; }
    public CampaignService.Results getResults() { return results; }
    public CampaignService.Redraw getRedraw() { return redraw; }
    public Long getSelected() { return selected; }
    public Grade getVote1() { return vote1; }
    public void setVote1(Grade vote1) { this.vote1 = vote1; }
    public Grade getVote2() { return vote2; }
    public void setVote2(Grade vote2) { this.vote2 = vote2; }
    public Grade getVote3() { return vote3; }
    public void setVote3(Grade vote3) { this.vote3 = vote3; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isUpheld() { return upheld; }
    public void setUpheld(boolean upheld) { this.upheld = upheld; }
    public Grade getNewGrade() { return newGrade; }
    public void setNewGrade(Grade newGrade) { this.newGrade = newGrade; }
}
