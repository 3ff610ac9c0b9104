package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.LimitUnit;
import org.legalaid.intake.TimeLimitSetting;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.web.i18n.Actions;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** The administrator's screen of the time limit of each step, edited in a dialog. */
@Named
@ViewScoped
public class TimeLimitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeadlineService deadlines;

    private List<TimeLimitSetting> settings;
    private ClockStep step;
    private int amount;
    private LimitUnit unit;
    private boolean movesOff;
    private long version;

    @PostConstruct
    void load() {
        settings = deadlines.findTimeLimits();
    }

    /** Copies a row into the dialog. */
    public void edit(TimeLimitSetting s) {
        step = s.getStep();
        amount = s.getAmount();
        unit = s.getUnit();
        movesOff = s.isLastDayMovesOffRestDay();
        version = s.getVersion();
    }

    public void save() {
        Actions.attempt(() -> deadlines.changeTimeLimit(step, amount, unit, movesOff, version), "timeLimit.saved", step.labelKey())
                .ifPresent(s -> {
                    load();
                    PrimeFaces.current().ajax().addCallbackParam("saved", true);
                });
    }

    public LimitUnit[] getUnits() {
        return LimitUnit.values();
    }

    public List<TimeLimitSetting> getSettings() {
        return settings;
    }

    public ClockStep getStep() {
        return step;
    }

    public int getAmount() {
        return amount;
    }

    public void setAmount(int amount) {
        this.amount = amount;
    }

    public LimitUnit getUnit() {
        return unit;
    }

    public void setUnit(LimitUnit unit) {
        this.unit = unit;
    }

    public boolean isMovesOff() {
        return movesOff;
    }

    public void setMovesOff(boolean movesOff) {
        this.movesOff = movesOff;
    }
}
