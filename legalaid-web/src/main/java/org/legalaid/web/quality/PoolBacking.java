package org.legalaid.web.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.Evaluator;
import org.legalaid.quality.PoolLevel;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The evaluator pool (seed 004 "市、县两级评估师人才库"): staff and outside lawyers with their unit, firm, specialties,
 * training date and declared conflicts — what cross-avoidance (交叉回避) needs to know; a new member, and a
 * conflict declared with a lawyer (by the lawyer's number in the registry).
 */
@Named
@ViewScoped
public class PoolBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    @Inject
    private OrganisationService organisation;

    private List<Evaluator> evaluators;
    private Map<Long, String> units;
    private String userName;
    private String name;
    private PoolLevel level = PoolLevel.DISTRICT;
    private Long unitId;
    private String firmName;
    private Long lawyerId;
    private String specialties;
    private LocalDate trainedOn;
    private Long selected;
    private Long conflictLawyerId;

    public void load() {
        evaluators = campaigns.findEvaluators();
        units = organisation.findUnitNamesInScope();
    }

    public void add() {
        if (Actions.attempt(() -> campaigns.addEvaluator(new CampaignService.NewEvaluator(userName == null ? null : userName.strip(),
                name, level, unitId == null ? -1 : unitId, firmName, lawyerId, specialties, trainedOn)), "quality.pool.added").isPresent()) {
            userName = name = firmName = specialties = null;
            lawyerId = null;
            trainedOn = null;
            load();
        }
    }

    public void select(long evaluatorId) {
        selected = evaluatorId;
        conflictLawyerId = null;
    }

    public void declareConflict() {
        if (Actions.attempt(() -> campaigns.declareConflict(selected, conflictLawyerId == null ? -1 : conflictLawyerId),
                "quality.pool.conflictDeclared").isPresent()) {
            load();
        }
    }

    public String unitName(long id) {
        return units.getOrDefault(id, String.valueOf(id));
    }

    public PoolLevel[] getLevels() { return PoolLevel.values(); }
    public List<Evaluator> getEvaluators() { return evaluators; }
    public Map<Long, String> getUnits() { return units; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PoolLevel getLevel() { return level; }
    public void setLevel(PoolLevel level) { this.level = level; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getFirmName() { return firmName; }
    public void setFirmName(String firmName) { this.firmName = firmName; }
    public Long getLawyerId() { return lawyerId; }
    public void setLawyerId(Long lawyerId) { this.lawyerId = lawyerId; }
    public String getSpecialties() { return specialties; }
    public void setSpecialties(String specialties) { this.specialties = specialties; }
    public LocalDate getTrainedOn() { return trainedOn; }
    public void setTrainedOn(LocalDate trainedOn) { this.trainedOn = trainedOn; }
    public Long getSelected() { return selected; }
    public Long getConflictLawyerId() { return conflictLawyerId; }
    public void setConflictLawyerId(Long conflictLawyerId) { this.conflictLawyerId = conflictLawyerId; }
}
