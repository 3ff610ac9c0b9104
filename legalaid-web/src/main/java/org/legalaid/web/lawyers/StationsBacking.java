package org.legalaid.web.lawyers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.DutyStation;
import org.legalaid.lawyers.NewDutyStation;
import org.legalaid.lawyers.StationType;
import org.legalaid.lawyers.boundary.RosterService;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.util.List;

/** The duty stations of the officer's units: add, correct, take out of use and back. */
@Named
@ViewScoped
public class StationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RosterService roster;

    private List<DutyStation> stations;
    private NewDutyStation form = new NewDutyStation();
    private DutyStation editing;
    private NewDutyStation editForm;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        stations = roster.findStations(true);
    }

    public void add() {
        Actions.attempt(() -> roster.addStation(form), "station.added", form.getName()).ifPresent(s -> {
            form = new NewDutyStation();
            reload();
        });
    }

    public void edit(DutyStation s) {
        editing = s;
        editForm = NewDutyStation.of(s);
    }

    public void update() {
        Actions.attempt(() -> roster.updateStation(editing.getId(), editForm, editing.getVersion()), "station.saved")
                .ifPresent(s -> reload());
    }

    public void setActive(DutyStation s, boolean active) {
        Actions.attempt(() -> roster.setStationActive(s.getId(), active, s.getVersion()), null).ifPresent(x -> reload());
    }

    public StationType[] getTypes() {
        return StationType.values();
    }

    public List<DutyStation> getStations() { return stations; }
    public NewDutyStation getForm() { return form; }
    public DutyStation getEditing() { return editing; }
    public NewDutyStation getEditForm() { return editForm; }
}
