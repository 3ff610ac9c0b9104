package org.legalaid.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.Deadline;
import org.legalaid.intake.LimitUnit;
import org.legalaid.shared.ChinaTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and money as Chinese users read them: {@code 2026年11月22日 14:30} in China Standard
 * Time, and {@code ¥1,234.50}. English keeps ISO dates.
 */
@Named
@RequestScoped
public class Formats {

    private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private LocaleBean localeBean;

    public String dateTime(OffsetDateTime t) {
        if (t == null) {
            return "";
        }
        return t.atZoneSameInstant(ChinaTime.ZONE).format(localeBean.isEnglish() ? EN_DATE_TIME : ZH_DATE_TIME);
    }

    /**
     * A moment already in China Standard Time, as the intake records keep it (an application's
     * receipt, its steps): {@code 2026年11月22日 14:30}. A separate name, not an overload of
     * {@link #dateTime}, because EL cannot choose between overloads.
     */
    public String localDateTime(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        return t.format(localeBean.isEnglish() ? EN_DATE_TIME : ZH_DATE_TIME);
    }

    /**
     * When a step is due, as the law counts it: for a limit in days the end of its last day
     * ({@code 2026年3月9日 24:00}, Civil Code art. 203), for a limit in hours the exact moment.
     */
    public String due(Deadline d) {
        if (d == null) {
            return "";
        }
        if (d.limit().unit() == LimitUnit.HOURS) {
            return localDateTime(d.endsAt());
        }
        return dayEnd(d.lastDay());
    }

    /**
     * A due moment kept as a time (China Standard Time), shown the one way every deadline is shown
     * (issue 18: "12月11日 00:00" on one page, "12月10日 24:00" on another): midnight is the end of the
     * day before — {@code 2026年12月10日 24:00}, as {@link #due} writes a period's last day — any
     * other moment as it is.
     */
    public String dueAt(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        if (t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return dayEnd(t.toLocalDate().minusDays(1));
        }
        return localDateTime(t);
    }

    private String dayEnd(java.time.LocalDate lastDay) {
        return (localeBean.isEnglish() ? lastDay.toString() : lastDay.getYear() + "年" + lastDay.getMonthValue() + "月"
                + lastDay.getDayOfMonth() + "日") + " 24:00";
    }

    /** A day: {@code 1949年12月31日} in Chinese, ISO in English. */
    public String date(java.time.LocalDate d) {
        if (d == null) {
            return "";
        }
        return localeBean.isEnglish() ? d.toString() : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The day of the week: {@code 星期六} in Chinese, {@code Saturday} in English. */
    public String weekday(java.time.LocalDate d) {
        if (d == null) {
            return "";
        }
        return d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                localeBean.isEnglish() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    /** Yuan with two decimals and the ¥ sign. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.SIMPLIFIED_CHINESE));
        return f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public String yuan(BigDecimal amount) {
        return money(amount);
    }

    /** A ratio as a percentage with two decimals, e.g. 0.5000 → 50.00% (quota fulfilment). */
    public String percent(BigDecimal ratio) {
        return ratio == null ? "" : ratio.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
