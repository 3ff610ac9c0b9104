package org.legalaid.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.FundingSettings;
import org.legalaid.funding.NewSubsidyStandard;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.RateDateBasis;
import org.legalaid.funding.RuleSetting;
import org.legalaid.funding.SettingsForm;
import org.legalaid.funding.Severity;
import org.legalaid.funding.SubsidyStandard;
import org.legalaid.funding.boundary.SubsidyStandardService;
import org.legalaid.intake.MatterType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Subsidy standards (rates by region, matter type and stage with their dates), the settings (rate
 * date, second-approval amount, quality factors, rule thresholds) and the rules' switches. The finance
 * approver changes them; the other finance roles read them.
 */
@Named
@ViewScoped
public class StandardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubsidyStandardService standards;

    @Inject
    private OrganisationService organisation;

    private List<SubsidyStandard> list;
    private NewSubsidyStandard form = new NewSubsidyStandard();
    private SettingsForm settingsForm;
    private long settingsVersion;
    private List<RuleSetting> rules;
    private Map<Long, String> unitNames;
    private Long endingId;
    private LocalDate endOn;

    @PostConstruct
    void init() {
        unitNames = organisation.findUnitNamesInScope();
        refresh();
    }

    private void refresh() {
        list = standards.findStandards();
        FundingSettings s = standards.getSettings();
        settingsForm = s.toForm();
        settingsVersion = s.getVersion();
        rules = standards.findRuleSettings();
    }

    public void add() {
        if (Actions.attempt(() -> standards.addStandard(form), "funding.standard.added").isPresent()) {
            form = new NewSubsidyStandard();
            refresh();
        }
    }

    public void startEnd(long id) {
        endingId = id;
        endOn = null;
    }

    public void end() {
        if (Actions.attempt(() -> standards.endStandard(endingId == null ? -1 : endingId, endOn), "funding.standard.endedOk")
                .isPresent()) {
            refresh();
        }
    }

    public void saveSettings() {
        if (Actions.attempt(() -> standards.changeSettings(settingsForm, settingsVersion), "funding.settings.saved").isPresent()) {
            refresh();
        }
    }

    public void saveRule(RuleSetting r, boolean enabled, Severity severity) {
        if (Actions.attempt(() -> standards.changeRule(r.getRule(), enabled, severity), "funding.rule.saved").isPresent()) {
            refresh();
        }
    }

    public boolean isMayChange() {
        return standards.mayChange();
    }

    public String unitName(long id) {
        return unitNames.getOrDefault(id, "#" + id);
    }

    public MatterType[] getMatterTypes() { return MatterType.values(); }
    public ProcedureStage[] getStages() { return ProcedureStage.values(); }
    public RateDateBasis[] getBases() { return RateDateBasis.values(); }
    public Severity[] getSeverities() { return Severity.values(); }
    public List<Map.Entry<Long, String>> getUnits() { return new ArrayList<>(unitNames.entrySet()); }
    public List<SubsidyStandard> getList() { return list; }
    public NewSubsidyStandard getForm() { return form; }
    public SettingsForm getSettingsForm() { return settingsForm; }
    public List<RuleSetting> getRules() { return rules; }
    public LocalDate getEndOn() { return endOn; }
    public void setEndOn(LocalDate endOn) { this.endOn = endOn; }
}
