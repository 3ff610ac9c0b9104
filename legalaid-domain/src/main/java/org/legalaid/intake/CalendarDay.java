package org.legalaid.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One day of the {@link HolidayCalendar} as the administrator enters it from the State Council's
 * yearly notice on public holidays (国务院办公厅关于部分节假日安排的通知): a holiday, or a weekend
 * day that is an adjusted working day (调休). One entry per date. The migration seeds 2026 from
 * the notice of 4 November 2025.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay implements Serializable {

    public static final int NAME_MAX = 30;

    @Id
    @SequenceGenerator(name = "calendar_day_seq", sequenceName = "calendar_day_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_day_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "calendar_date", nullable = false, updatable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private CalendarDayKind kind;

    @Column(name = "name", nullable = false, updatable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_by", nullable = false, updatable = false, length = UserName.MAX)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected CalendarDay() {
        // for JPA
    }

    /**
     * A day for the calendar.
     *
     * @param name what the day is for, e.g. 春节 (validated as plain text by the boundary)
     * @throws org.legalaid.shared.BusinessException {@code intake.calendar.adjustedWorkingDayNotWeekend}
     *         for an adjusted working day on a weekday (the check of {@link HolidayCalendar})
     */
    public CalendarDay(LocalDate date, CalendarDayKind kind, String name, String by, OffsetDateTime now) {
        this.date = Objects.requireNonNull(date, "date");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name").strip();
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
        calendarOf(Set.of(this));
    }

    /**
     * The holiday calendar the given days make.
     *
     * @throws org.legalaid.shared.BusinessException as {@link HolidayCalendar} does
     */
    public static HolidayCalendar calendarOf(Collection<CalendarDay> days) {
        return calendarOf(days.stream().collect(Collectors.toMap(CalendarDay::getDate, CalendarDay::getKind)));
    }

    /**
     * The holiday calendar of the given dates and their kinds (what the rows hold, without the
     * rows: a deadline reads only these).
     *
     * @throws org.legalaid.shared.BusinessException as {@link HolidayCalendar} does
     */
    public static HolidayCalendar calendarOf(Map<LocalDate, CalendarDayKind> days) {
        return new HolidayCalendar(datesOf(days, CalendarDayKind.HOLIDAY), datesOf(days, CalendarDayKind.ADJUSTED_WORKING_DAY));
    }

    private static Set<LocalDate> datesOf(Map<LocalDate, CalendarDayKind> days, CalendarDayKind kind) {
        return days.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getDate() {
        return date;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
