package org.legalaid.web.lawyers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.DutyStation;
import org.legalaid.lawyers.Shift;
import org.legalaid.lawyers.boundary.RosterService;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * The duty roster calendar (值班律师, LAL art. 14): a month per station; a click on a day opens the
 * dialog to roster a lawyer for a half or full day, a click on a shift the dialog to remove it.
 * Conflicts (double booking, a lawyer who is not active) come back from the service as messages.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final LocalTime MORNING = LocalTime.of(8, 30);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 30);
    private static final LocalTime EVENING = LocalTime.of(17, 30);

    @Inject
    private RosterService roster;

    private List<DutyStation> stations;
    private Long stationId;
    private ScheduleModel model;

    private LocalDate date;
    private Shift shift = Shift.FULL_DAY;
    private Long lawyerId;
    private String lawyerSearch;
    private List<RosterService.LawyerChoice> lawyers = List.of();
    private RosterService.ShiftRow chosen;

    @PostConstruct
    void init() {
        stations = roster.findStations(false);
        stationId = stations.isEmpty() ? null : stations.get(0).getId();
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                if (stationId == null) {
                    return;
                }
                Locale locale = org.legalaid.web.i18n.Messages.locale(FacesContext.getCurrentInstance());
                for (RosterService.ShiftRow r : roster.findShifts(start.toLocalDate(), end.toLocalDate().minusDays(1), stationId)) {
                    boolean morning = r.halfDay() == Shift.MORNING;
                    addEvent(DefaultScheduleEvent.<RosterService.ShiftRow>builder()
                            .id(String.valueOf(r.id()))
                            .title(Messages.text(locale, r.halfDay().labelKey()) + " " + r.lawyerName())
                            .startDate(r.date().atTime(morning ? MORNING : AFTERNOON))
                            .endDate(r.date().atTime(morning ? NOON : EVENING))
                            .styleClass(morning ? "la-shift-morning" : "la-shift-afternoon")
                            .data(r)
                            .build());
                }
            }
        };
    }

    /** The add dialog from the toolbar button: today, full day, no lawyer yet. */
    public void prepareAdd() {
        date = LocalDate.now(org.legalaid.shared.ChinaTime.ZONE);
        shift = Shift.FULL_DAY;
        lawyerId = null;
        lawyers = List.of();
    }

    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        date = event.getObject().toLocalDate();
        shift = Shift.FULL_DAY;
        lawyerId = null;
        lawyers = List.of();
    }

    @SuppressWarnings("unchecked")
    public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
        chosen = ((ScheduleEvent<RosterService.ShiftRow>) event.getObject()).getData();
    }

    public void addShift() {
        if (stationId == null || lawyerId == null || date == null) {
            Messages.addError("roster.chooseLawyer");
            return;
        }
        Actions.attempt(() -> roster.addShift(stationId, lawyerId, date, shift), "roster.added");
    }

    public void removeShift() {
        if (chosen != null) {
            Actions.attempt(() -> roster.removeShift(chosen.id()), "roster.removed");
            chosen = null;
        }
    }

    /** Fills the lawyer menu with the active lawyers whose name contains the typed text (at most 30). */
    public void findLawyers() {
        lawyers = roster.findActiveLawyers(lawyerSearch, 30);
        lawyerId = lawyers.size() == 1 ? lawyers.get(0).id() : null;
    }

    public Shift[] getShifts() {
        return Shift.values();
    }

    public List<DutyStation> getStations() { return stations; }
    public Long getStationId() { return stationId; }
    public void setStationId(Long stationId) { this.stationId = stationId; }
    public ScheduleModel getModel() { return model; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public Shift getShift() { return shift; }
    public void setShift(Shift shift) { this.shift = shift; }
    public Long getLawyerId() { return lawyerId; }
    public String getLawyerSearch() { return lawyerSearch; }
    public void setLawyerSearch(String lawyerSearch) { this.lawyerSearch = lawyerSearch; }
    public List<RosterService.LawyerChoice> getLawyers() { return lawyers; }
    public void setLawyerId(Long lawyerId) { this.lawyerId = lawyerId; }
    public RosterService.ShiftRow getChosen() { return chosen; }
}
