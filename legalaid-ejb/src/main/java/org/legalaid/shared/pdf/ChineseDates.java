package org.legalaid.shared.pdf;

import java.time.LocalDate;
import java.util.Objects;

/** Dates the way official documents write them: {@code 2026年11月22日} (GB/T 9704-2012 §7.3.5.1, Arabic numerals, no leading zeros). */
public final class ChineseDates {

    private ChineseDates() {
    }

    public static String format(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
