package org.legalaid.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The reports a district submits to the level above (seed 003: "采取月报告、季自评、半年检查、年终考核的方法
 * 进行考核。每季度组织一次自评，并将工作目标任务完成情况报市法律援助中心"), each over its kind of period and
 * due a number of working days after the period ends.
 *
 * <p>Working days here are Monday to Friday: the due date does not consult intake's holiday calendar
 * (a public holiday on one of those days makes the due date a day early, never late for the unit in a
 * way it could not see on the report page, which shows the date).
 */
public enum ReportKind {
    /** 月报告: by the 5th working day of the next month. */
    MONTHLY(PeriodKind.MONTH, 5),
    /** 季自评: by the 10th working day after the quarter. */
    QUARTERLY_SELF_ASSESSMENT(PeriodKind.QUARTER, 10),
    /** 半年检查: by the 10th working day after the half year. */
    HALF_YEAR_CHECK(PeriodKind.HALF_YEAR, 10),
    /** 年终考核: by the 15th working day after the year. */
    ANNUAL_ASSESSMENT(PeriodKind.YEAR, 15);

    private final PeriodKind periodKind;
    private final int workingDaysAfter;

    ReportKind(PeriodKind periodKind, int workingDaysAfter) {
        this.periodKind = periodKind;
        this.workingDaysAfter = workingDaysAfter;
    }

    public PeriodKind periodKind() {
        return periodKind;
    }

    /** Whether a report of this kind may cover the period (a monthly report covers a month). */
    public boolean fits(Period period) {
        return period.kind() == periodKind;
    }

    /** How many working days after the period's end the report is due (seed 003: 月报告 5, 季/半年 10, 年终 15). */
    public int workingDaysAfter() {
        return workingDaysAfter;
    }

    /** The last day to submit the report of a period counting Monday to Friday only (no holiday calendar at hand). */
    public LocalDate dueDate(Period period) {
        return dueDate(period, d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    /**
     * The last day to submit the report of a period: the n-th working day after its end on the given
     * calendar (the State Council's holidays and the adjusted working weekends, intake's calendar).
     */
    public LocalDate dueDate(Period period, Predicate<LocalDate> workingDay) {
        LocalDate d = period.end();
        int left = workingDaysAfter;
        while (left > 0) {
            d = d.plusDays(1);
            if (workingDay.test(d)) {
                left--;
            }
        }
        return d;
    }

    public String labelKey() {
        return "reporting.reportKind." + name();
    }
}
