package org.legalaid.reporting;

import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmittedReportTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 4, 3, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final Period MARCH = Period.month(YearMonth.of(2026, 3));

    @Test
    void aMonthlyReportIsDueOnTheFifthWorkingDayOfTheNextMonth() {
        // April 2026: Wed 1, Thu 2, Fri 3, Mon 6, Tue 7
        assertEquals(LocalDate.of(2026, 4, 7), ReportKind.MONTHLY.dueDate(MARCH));
        assertEquals(LocalDate.of(2026, 4, 14), ReportKind.QUARTERLY_SELF_ASSESSMENT.dueDate(Period.quarter(2026, 1)));
    }

    @Test
    void theFirstVersionFreezesTheFigures() {
        Figures f = new Figures(Map.of("cases.opened", 12L, "applications.received", 20L));
        SubmittedReport r = SubmittedReport.first(7, ReportKind.MONTHLY, MARCH, f, " checked ", "clerk", AT);
        assertEquals(1, r.getReportVersion());
        assertEquals(f, r.figures());
        assertEquals(MARCH, r.period());
        assertEquals("checked", r.getNote());
        assertNull(r.getCorrectionReason());
        assertFalse(r.late());
    }

    @Test
    void aCorrectionIsTheNextVersionWithItsReasonAndLeavesTheFirstAsItWas() {
        Figures first = new Figures(Map.of("cases.opened", 12L));
        SubmittedReport r1 = SubmittedReport.first(7, ReportKind.MONTHLY, MARCH, first, null, "clerk", AT);
        SubmittedReport r2 = r1.correct(new Figures(Map.of("cases.opened", 13L)), "一件漏报", null, "clerk", AT.plusDays(6));
        assertEquals(2, r2.getReportVersion());
        assertEquals("一件漏报", r2.getCorrectionReason());
        assertEquals(13, r2.figures().get("cases.opened"));
        assertEquals(12, r1.figures().get("cases.opened"));
        assertTrue(r2.late(), "9 April is after the 7 April due date");
    }

    @Test
    void aCorrectionWithoutAReasonIsRefused() {
        SubmittedReport r1 = SubmittedReport.first(7, ReportKind.MONTHLY, MARCH, Figures.empty(), null, "clerk", AT);
        assertEquals("reporting.report.reasonRequired",
                assertThrows(BusinessException.class, () -> r1.correct(Figures.empty(), "  ", null, "clerk", AT)).messageKey());
    }

    @Test
    void aMonthlyReportCoversAMonth() {
        assertEquals("reporting.report.periodKind", assertThrows(BusinessException.class,
                () -> SubmittedReport.first(7, ReportKind.MONTHLY, Period.quarter(2026, 1), Figures.empty(), null, "clerk", AT))
                .messageKey());
    }

    @Test
    void theRollUpIsTheSumNameByName() {
        Figures a = new Figures(Map.of("cases.opened", 12L, "consultations.channel.HOTLINE_12348", 3L));
        Figures b = new Figures(Map.of("cases.opened", 8L, "applications.received", 4L));
        Figures sum = Figures.sum(List.of(a, b));
        assertEquals(20, sum.get("cases.opened"));
        assertEquals(3, sum.get("consultations.channel.HOTLINE_12348"));
        assertEquals(4, sum.get("applications.received"));
        assertEquals(0, sum.get("nothing"));
        assertEquals(3, sum.total("consultations.channel."));
    }

    @Test
    void onTheHolidayCalendarTheDueDateSkipsTheNationalDayWeekAndCountsTheAdjustedSaturday() {
        // a calendar in the shape of the State Council's notice: 1–7 October off, Saturday 10 October worked instead
        java.util.Set<LocalDate> off = new java.util.HashSet<>();
        for (int d = 1; d <= 7; d++) {
            off.add(LocalDate.of(2026, 10, d));
        }
        java.util.function.Predicate<LocalDate> working = d -> d.equals(LocalDate.of(2026, 10, 10))
                || (!off.contains(d) && d.getDayOfWeek().getValue() < 6);
        Period september = Period.month(java.time.YearMonth.of(2026, 9));
        // 8, 9, 10 (Saturday, adjusted), 12, 13 October
        assertEquals(LocalDate.of(2026, 10, 13), ReportKind.MONTHLY.dueDate(september, working));
        assertEquals(LocalDate.of(2026, 10, 7), ReportKind.MONTHLY.dueDate(september), "Monday to Friday alone would say the 7th");
        SubmittedReport r = SubmittedReport.first(7, ReportKind.MONTHLY, september, LocalDate.of(2026, 10, 13), Figures.empty(), null,
                "clerk", java.time.OffsetDateTime.parse("2026-10-12T10:00:00+08:00"));
        assertEquals(LocalDate.of(2026, 10, 13), r.getDueOn());
        assertTrue(!r.late(), "submitted on the 12th, due the 13th");
        assertEquals(LocalDate.of(2026, 10, 13), r.correct(Figures.empty(), "更正", null, "clerk",
                java.time.OffsetDateTime.parse("2026-10-14T10:00:00+08:00")).getDueOn(), "a correction keeps the due date");
    }
}
