package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.HardshipStandardEntry;
import org.legalaid.intake.NewHardshipStandard;
import org.legalaid.intake.boundary.MeansTestService;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.util.List;

/** The administrator's screen for the hardship standards per region and year. */
@Named
@ViewScoped
public class HardshipStandardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeansTestService meansTest;

    private List<HardshipStandardEntry> standards;
    private NewHardshipStandard form = new NewHardshipStandard();

    @PostConstruct
    void load() {
        standards = meansTest.findStandards();
    }

    public void save() {
        Actions.attempt(() -> meansTest.setStandard(form), "hardship.saved", form.getRegionName(), form.getYear())
                .ifPresent(e -> {
                    form = new NewHardshipStandard();
                    load();
                });
    }

    /** Copies a row into the form, to correct it or carry it to the next year. */
    public void edit(HardshipStandardEntry e) {
        form = new NewHardshipStandard();
        form.setRegionCode(e.getRegionCode());
        form.setRegionName(e.getRegionName());
        form.setYear(e.getYear());
        form.setMinimumLivingStandard(e.getMinimumLivingStandard());
        form.setMultiplier(e.getMultiplier());
        form.setBasis(e.getBasis());
    }

    public List<HardshipStandardEntry> getStandards() {
        return standards;
    }

    public NewHardshipStandard getForm() {
        return form;
    }
}
