package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.CalendarDay;
import org.legalaid.intake.CalendarDayKind;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The administrator's holiday calendar: a year's days, add one from the State Council's notice, remove a mistake. */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeadlineService deadlines;

    private int year = LocalDate.now(ChinaTime.ZONE).getYear();
    private List<CalendarDay> days;
    private LocalDate date;
    private CalendarDayKind kind = CalendarDayKind.HOLIDAY;
    private String name;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        days = deadlines.findCalendarDays(year);
    }

    public void add() {
        Actions.attempt(() -> deadlines.addCalendarDay(date, kind, name), "holiday.added", date).ifPresent(d -> {
            year = d.getDate().getYear();
            date = null;
            name = null;
            load();
        });
    }

    public void remove(CalendarDay day) {
        if (Actions.attempt(() -> deadlines.removeCalendarDay(day.getId()), "holiday.removed", day.getDate())) {
            load();
        }
    }

    /** Last year to three years ahead, and the year shown if it is outside. */
    public List<Integer> getYears() {
        int now = LocalDate.now(ChinaTime.ZONE).getYear();
        List<Integer> years = new java.util.ArrayList<>(IntStream.rangeClosed(now - 1, now + 3).boxed().toList());
        if (!years.contains(year)) {
            years.add(year);
            years.sort(null);
        }
        return years;
    }

    public CalendarDayKind[] getKinds() {
        return CalendarDayKind.values();
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public void setKind(CalendarDayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
