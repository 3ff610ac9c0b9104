package org.legalaid.reporting;

import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of days, both ends included, that figures are counted over: a month, quarter, half year
 * or year of the calendar (the reporting rhythm of seed 003: 月报告、季自评、半年检查、年终考核), or any
 * custom range. A period never ends before it starts. Its {@link #code()} names it in links and
 * exports ({@code 2026-03}, {@code 2026-Q1}, {@code 2026-H2}, {@code 2026}, {@code 2026-01-05..2026-02-01})
 * and {@link #parse} reads it back.
 *
 * @param kind  what kind of period
 * @param start the first day
 * @param end   the last day (inclusive)
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end) implements Serializable {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern CUSTOM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /**
     * @throws BusinessException {@code reporting.period.endsBeforeStart} when {@code end} lies before {@code start}
     */
    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new BusinessException("reporting.period.endsBeforeStart", start, end);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Quarter 1–4 of a year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new Period(PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** Half 1 (January–June) or 2 (July–December) of a year. */
    public static Period halfYear(int year, int half) {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half " + half);
        }
        YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
        return new Period(PeriodKind.HALF_YEAR, first.atDay(1), first.plusMonths(5).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * @throws BusinessException {@code reporting.period.endsBeforeStart}
     */
    public static Period custom(LocalDate start, LocalDate end) {
        return new Period(PeriodKind.CUSTOM, start, end);
    }

    /**
     * The same period one year earlier, for year-on-year growth (同比). A month, quarter, half or year
     * stays one (February of a leap year compares with February of the year before, 28 days); a custom
     * range moves both ends back a year (29 February becomes 28 February).
     */
    public Period previousYear() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(start).minusYears(1));
            case QUARTER -> quarter(start.getYear() - 1, (start.getMonthValue() + 2) / 3);
            case HALF_YEAR -> halfYear(start.getYear() - 1, start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(start.getYear() - 1);
            case CUSTOM -> custom(start.minusYears(1), end.minusYears(1));
        };
    }

    /** The first day after the period (the exclusive end, for {@code at < :end} in SQL). */
    public LocalDate endExclusive() {
        return end.plusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The period's name in links and exports; {@link #parse} reads it back. */
    public String code() {
        return switch (kind) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + (start.getMonthValue() + 2) / 3;
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.valueOf(start.getYear());
            case CUSTOM -> start + ".." + end;
        };
    }

    /** The period's name in Chinese (2026年3月, 2026年第1季度, 2026年上半年, 2026年, 2026-01-05至2026-02-01). */
    public String chineseName() {
        return switch (kind) {
            case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
            case QUARTER -> start.getYear() + "年第" + (start.getMonthValue() + 2) / 3 + "季度";
            case HALF_YEAR -> start.getYear() + "年" + (start.getMonthValue() <= 6 ? "上" : "下") + "半年";
            case YEAR -> start.getYear() + "年";
            case CUSTOM -> start + "至" + end;
        };
    }

    /**
     * Reads a {@link #code()}.
     *
     * @throws BusinessException {@code reporting.period.invalid} for text that names no period;
     *                           {@code reporting.period.endsBeforeStart}
     */
    public static Period parse(String code) {
        String c = code == null ? "" : code.strip();
        try {
            Matcher m;
            if ((m = MONTH.matcher(c)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(c)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = HALF.matcher(c)).matches()) {
                return halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = YEAR.matcher(c)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = CUSTOM.matcher(c)).matches()) {
                return custom(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            throw new BusinessException("reporting.period.invalid", c);
        }
        throw new BusinessException("reporting.period.invalid", c);
    }

    @Override
    public String toString() {
        return code();
    }
}
