package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.ExemptionRule;
import org.legalaid.intake.ExemptionRuleEntry;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.NewExemptionRule;
import org.legalaid.intake.SpecialCategory;
import org.legalaid.intake.boundary.ExemptionRuleService;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The administrator's screen for the means-test exemption grounds (LAL art. 32, 42, local lists). */
@Named
@ViewScoped
public class ExemptionRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExemptionRuleService service;

    private List<ExemptionRuleEntry> rules;
    private NewExemptionRule form = new NewExemptionRule();

    @PostConstruct
    void load() {
        rules = service.findRules();
    }

    public void add() {
        Actions.attempt(() -> service.addLocalRule(form), "exemption.added", form.getCode()).ifPresent(e -> {
            form = new NewExemptionRule();
            load();
        });
    }

    public void toggle(ExemptionRuleEntry e) {
        Actions.attempt(() -> service.setActive(e.getCode(), !e.isActive(), e.getVersion()),
                e.isActive() ? "exemption.switchedOff" : "exemption.switchedOn", e.getCode());
        load();
    }

    /** The rule's conditions in words, one per line, in the user's language. */
    public List<String> conditions(ExemptionRuleEntry entry) {
        Locale locale = org.legalaid.web.i18n.Messages.locale(FacesContext.getCurrentInstance());
        ExemptionRule r = entry.rule();
        List<String> out = new ArrayList<>();
        if (!r.anyOfCategories().isEmpty()) {
            out.add(Messages.text(locale, "exemption.condition.categories", r.anyOfCategories().stream()
                    .map(c -> Messages.text(locale, c.labelKey())).sorted().collect(Collectors.joining("、"))));
        }
        if (r.minimumAge() != null) {
            out.add(Messages.text(locale, "exemption.condition.age", r.minimumAge()));
        }
        if (r.disabilityGrades() != null) {
            out.add(Messages.text(locale, "exemption.condition.grades", r.disabilityGrades().from(), r.disabilityGrades().to()));
        }
        if (r.noFixedIncomeRequired()) {
            out.add(Messages.text(locale, "exemption.condition.noFixedIncome"));
        }
        if (r.localResidentRequired()) {
            out.add(Messages.text(locale, "exemption.condition.localResident"));
        }
        if (!r.matterCategories().isEmpty()) {
            out.add(Messages.text(locale, "exemption.condition.matters", r.matterCategories().stream()
                    .map(c -> Messages.text(locale, c.labelKey())).sorted().collect(Collectors.joining("、"))));
        }
        return out;
    }

    public SpecialCategory[] getCategories() {
        return SpecialCategory.values();
    }

    public MatterCategory[] getMatterCategories() {
        return MatterCategory.values();
    }

    public List<ExemptionRuleEntry> getRules() {
        return rules;
    }

    public NewExemptionRule getForm() {
        return form;
    }
}
