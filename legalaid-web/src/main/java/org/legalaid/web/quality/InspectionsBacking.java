package org.legalaid.web.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.InspectedCentre;
import org.legalaid.quality.Inspection;
import org.legalaid.quality.InspectionWaiting;
import org.legalaid.quality.Scorecard;
import org.legalaid.quality.boundary.InspectionService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The institution inspections the user takes part in, and the bureau supervisor's form for a new one
 * (seed 000: 学习发动, 自查自纠, 集中检查, 总结验收; seed 002: 达标率 90 %): the scorecard version, the period whose
 * data the figures come from, the last day of each phase, the centres and the number of cross-inspection groups.
 */
@Named
@ViewScoped
public class InspectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InspectionService inspections;

    @Inject
    private OrganisationService organisation;

    private List<Inspection> list;
    private List<Scorecard> scorecards;
    private Map<Long, String> units;
    private boolean mayOpen;

    /** The workbench figure this page was opened from, if any: its centres are listed first. */
    private InspectionWaiting waiting;
    private List<InspectedCentre> waitingCentres = List.of();

    private String name;
    private Long scorecardId;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate mobiliseUntil;
    private LocalDate selfUntil;
    private LocalDate crossUntil;
    private LocalDate acceptanceUntil;
    private BigDecimal targetRate = new BigDecimal("90");
    private int groups = 2;
    private Long[] centres = {};

    public void load() {
        list = inspections.findInspections();
        scorecards = inspections.findScorecards();
        mayOpen = inspections.mayOpen();
        waitingCentres = waiting == null ? List.of() : inspections.findWaiting(waiting);
        units = mayOpen ? organisation.findUnitNamesInScope() : Map.of();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        if (periodFrom == null) {
            periodFrom = today.withDayOfYear(1);
            periodTo = today;
            mobiliseUntil = today.plusDays(14);
            selfUntil = today.plusDays(60);
            crossUntil = today.plusDays(120);
            acceptanceUntil = today.plusDays(180);
        }
    }

    /** Opens the inspection and goes to its page. */
    public String open() {
        Inspection.Settings s = new Inspection.Settings(name, scorecardId == null ? -1 : scorecardId, periodFrom, periodTo,
                mobiliseUntil, selfUntil, crossUntil, acceptanceUntil, targetRate, groups);
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return Actions.attempt(() -> inspections.open(s, List.of(centres)), "quality.inspection.opened")
                .map(i -> "/quality/inspection?faces-redirect=true&id=" + i.getId()).orElse(null);
    }

    /** The name of an inspection of the list (the waiting centres name theirs). */
    public String inspectionName(long id) {
        return list.stream().filter(i -> i.getId() == id).map(Inspection::getName).findFirst().orElse("");
    }

    public InspectionWaiting getWaiting() { return waiting; }
    public void setWaiting(InspectionWaiting waiting) { this.waiting = waiting; }
    public List<InspectedCentre> getWaitingCentres() { return waitingCentres; }
    public List<Inspection> getList() { return list; }
    public List<Scorecard> getScorecards() { return scorecards; }
    public Map<Long, String> getUnits() { return units; }
    /** Whether the user may open inspections (the boundary's answer). */
    public boolean isMayOpen() { return mayOpen; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getScorecardId() { return scorecardId; }
    public void setScorecardId(Long scorecardId) { this.scorecardId = scorecardId; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public LocalDate getMobiliseUntil() { return mobiliseUntil; }
    public void setMobiliseUntil(LocalDate mobiliseUntil) { this.mobiliseUntil = mobiliseUntil; }
    public LocalDate getSelfUntil() { return selfUntil; }
    public void setSelfUntil(LocalDate selfUntil) { this.selfUntil = selfUntil; }
    public LocalDate getCrossUntil() { return crossUntil; }
    public void setCrossUntil(LocalDate crossUntil) { this.crossUntil = crossUntil; }
    public LocalDate getAcceptanceUntil() { return acceptanceUntil; }
    public void setAcceptanceUntil(LocalDate acceptanceUntil) { this.acceptanceUntil = acceptanceUntil; }
    public BigDecimal getTargetRate() { return targetRate; }
    public void setTargetRate(BigDecimal targetRate) { this.targetRate = targetRate; }
    public int getGroups() { return groups; }
    public void setGroups(int groups) { this.groups = groups; }
    public Long[] getCentres() { return centres; }
    public void setCentres(Long[] centres) { this.centres = centres; }
}
