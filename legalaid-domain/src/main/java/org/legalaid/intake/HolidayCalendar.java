package org.legalaid.intake;

import org.legalaid.shared.BusinessException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which days are working days. China's State Council publishes each year's public holidays
 * together with "adjusted" working days (调休): weekend days that become working days to bridge a
 * holiday, such as a Sunday before a week-long holiday.
 * So a day is a working day when it is an adjusted working day, or else when it is a weekday that
 * is not a holiday. The dates are data an administrator enters when the notice comes out.
 *
 * @param holidays            days off (法定节假日 and the days added to them), weekend days among
 *                            them allowed
 * @param adjustedWorkingDays weekend days that are working days (调休上班日)
 */
public record HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {

    /**
     * @throws BusinessException {@code intake.calendar.adjustedWorkingDayNotWeekend} when an
     *                           adjusted working day is a weekday (it would change nothing, so it
     *                           is a typing error); {@code intake.calendar.dayBothHolidayAndWorking}
     *                           when a day is in both sets
     */
    public HolidayCalendar {
        holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
        adjustedWorkingDays = Set.copyOf(Objects.requireNonNull(adjustedWorkingDays, "adjustedWorkingDays"));
        for (LocalDate day : adjustedWorkingDays) {
            if (!isWeekend(day)) {
                throw new BusinessException("intake.calendar.adjustedWorkingDayNotWeekend", day);
            }
            if (holidays.contains(day)) {
                throw new BusinessException("intake.calendar.dayBothHolidayAndWorking", day);
            }
        }
    }

    /** A calendar with weekends only, for tests and for years whose notice is not yet entered. */
    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkingDays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !holidays.contains(day);
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
