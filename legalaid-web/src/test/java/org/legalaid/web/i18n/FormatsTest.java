package org.legalaid.web.i18n;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One way of showing a deadline everywhere (issue 18: "12月11日 00:00" on one page, "12月10日 24:00" on another). */
class FormatsTest {

    private static Formats formats(Locale locale) throws Exception {
        LocaleBean bean = new LocaleBean();
        Field l = LocaleBean.class.getDeclaredField("locale");
        l.setAccessible(true);
        l.set(bean, locale);
        Formats f = new Formats();
        Field b = Formats.class.getDeclaredField("localeBean");
        b.setAccessible(true);
        b.set(f, bean);
        return f;
    }

    @Test
    @DisplayName("a due moment at midnight is the end of the day before, written 24:00 as a period's last day is; other moments as they are")
    void dueAtMidnightIsTheEndOfTheDayBefore() throws Exception {
        Formats zh = formats(LocaleBean.CHINESE);
        assertEquals("2026年12月10日 24:00", zh.dueAt(LocalDateTime.of(2026, 12, 11, 0, 0)));
        assertEquals("2026年12月11日 09:30", zh.dueAt(LocalDateTime.of(2026, 12, 11, 9, 30)));
        assertEquals("2026-12-10 24:00", formats(Locale.ENGLISH).dueAt(LocalDateTime.of(2026, 12, 11, 0, 0)));
        assertEquals("", zh.dueAt(null));
    }

    @Test
    @DisplayName("a deadline in days and the same moment kept as a time read the same")
    void dueAndDueAtAgree() throws Exception {
        Formats zh = formats(LocaleBean.CHINESE);
        LocalDate lastDay = LocalDate.of(2026, 12, 10);
        assertEquals(zh.dueAt(lastDay.plusDays(1).atStartOfDay()), "2026年12月10日 24:00");
        assertEquals("2026年12月10日 24:00", zh.dueAt(lastDay.atTime(23, 59, 59).plusSeconds(1)));
    }
}
