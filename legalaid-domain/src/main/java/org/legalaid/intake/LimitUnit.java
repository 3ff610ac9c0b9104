package org.legalaid.intake;

/** The unit a statutory time limit is counted in (see {@link DeadlineCalendar}). */
public enum LimitUnit {
    /** 日: every day counts, weekends and holidays included (LAL art. 43: 七日). */
    CALENDAR_DAYS,
    /** 工作日: only working days of the {@link HolidayCalendar} count (e.g. MoJ order 149 art. 15). */
    WORKING_DAYS,
    /** 小时: the clock runs round the hour, nights and holidays included (LAL art. 39: 二十四小时). */
    HOURS;

    public String labelKey() {
        return "limitUnit." + name();
    }
}
