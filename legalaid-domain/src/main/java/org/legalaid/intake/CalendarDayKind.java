package org.legalaid.intake;

/** What a {@link CalendarDay} makes of its date (see {@link HolidayCalendar}). */
public enum CalendarDayKind {
    /** A day off: a public holiday or a day added to one (放假). */
    HOLIDAY,
    /** A weekend day that is a working day to bridge a holiday (调休上班). */
    ADJUSTED_WORKING_DAY;

    public String labelKey() {
        return "calendarDayKind." + name();
    }
}
