package org.legalaid.intake;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Computes when a step is due (docs/domain.md, "Case lifecycle" 3–7), from the moment it started, its
 * {@link TimeLimit} and the {@link Pause}s that stopped its clock. Times are China Standard Time,
 * which has no daylight saving, so local date-time arithmetic is exact.
 *
 * <h2>Counting</h2>
 * <ul>
 *   <li><b>Calendar days.</b> The day of the event is not counted; the period starts the next
 *       day (Civil Code art. 201: "开始的当日不计入，自下一日开始计算") and ends at 24:00 of its
 *       last day (art. 203). An application received on Monday 2 March with 7 days to decide
 *       is due by the end of Monday 9 March. Weekends and holidays count, unless the limit asks
 *       for a last day on a rest day to move to the next working day
 *       ({@link TimeLimit#lastDayMovesOffRestDay()}).</li>
 *   <li><b>Working days.</b> As calendar days, but only days the {@link HolidayCalendar} calls
 *       working days count: weekends and holidays are skipped, adjusted working weekend days
 *       (调休) count.</li>
 *   <li><b>Hours.</b> From the exact moment, round the clock, nights and holidays included — the
 *       24 hours in which a custody facility or duty lawyer forwards an application (LAL art. 39).</li>
 *   <li><b>Pauses.</b> Time within a pause does not count, so the due date moves by the pause's
 *       length; in days, the days a pause covers ({@link Pause}) are skipped like holidays. Pauses
 *       may overlap; time before the start is irrelevant.</li>
 * </ul>
 */
public final class DeadlineCalendar {

    private final HolidayCalendar holidays;

    public DeadlineCalendar(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** When a step that started at {@code start} with {@code limit} and no pause is due. */
    public Deadline due(LocalDateTime start, TimeLimit limit) {
        return due(start, limit, List.of());
    }

    /** When a step that started at {@code start} with {@code limit} is due, its clock stopped during {@code pauses}. */
    public Deadline due(LocalDateTime start, TimeLimit limit, List<Pause> pauses) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(pauses, "pauses");
        return switch (limit.unit()) {
            case HOURS -> new Deadline(dueInHours(start, Duration.ofHours(limit.amount()), pauses), limit);
            case CALENDAR_DAYS, WORKING_DAYS -> new Deadline(lastDay(start.toLocalDate(), limit, pauses)
                    .plusDays(1).atTime(LocalTime.MIDNIGHT), limit);
        };
    }

    private LocalDate lastDay(LocalDate startDay, TimeLimit limit, List<Pause> pauses) {
        boolean workingDaysOnly = limit.unit() == LimitUnit.WORKING_DAYS;
        LocalDate day = startDay;
        int counted = 0;
        while (counted < limit.amount()) {
            day = day.plusDays(1);
            LocalDate candidate = day;
            boolean paused = pauses.stream().anyMatch(p -> p.stopsDay(candidate));
            if (!paused && (!workingDaysOnly || holidays.isWorkingDay(day))) {
                counted++;
            }
        }
        if (limit.lastDayMovesOffRestDay() && !holidays.isWorkingDay(day)) {
            day = holidays.nextWorkingDayAfter(day);
        }
        return day;
    }

    private static LocalDateTime dueInHours(LocalDateTime start, Duration limit, List<Pause> pauses) {
        Duration remaining = limit;
        LocalDateTime cursor = start;
        List<Pause> ordered = pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
        for (Pause pause : ordered) {
            if (!pause.until().isAfter(cursor)) {
                continue;
            }
            LocalDateTime stop = pause.from().isAfter(cursor) ? pause.from() : cursor;
            Duration running = Duration.between(cursor, stop);
            if (running.compareTo(remaining) >= 0) {
                break;
            }
            remaining = remaining.minus(running);
            cursor = pause.until();
        }
        return cursor.plus(remaining);
    }
}
