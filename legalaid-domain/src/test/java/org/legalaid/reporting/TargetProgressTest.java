package org.legalaid.reporting;

import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetProgressTest {

    private static final BigDecimal TARGET = BigDecimal.valueOf(120);

    @Test
    void expectedProgressIsLinearThroughTheYear() {
        // 1 July 2026 is day 182 of 365: 120 × 182 / 365 = 59.8
        assertEquals(new BigDecimal("59.8"), TargetProgress.expectedCount(TARGET, 2026, LocalDate.of(2026, 7, 1)));
        assertEquals(new BigDecimal("120.0"), TargetProgress.expectedCount(TARGET, 2026, LocalDate.of(2026, 12, 31)));
        assertEquals(new BigDecimal("0.3"), TargetProgress.expectedCount(TARGET, 2026, LocalDate.of(2026, 1, 1)));
        assertEquals(new BigDecimal("0.0"), TargetProgress.expectedCount(TARGET, 2026, LocalDate.of(2025, 12, 31)));
        assertEquals(new BigDecimal("120.0"), TargetProgress.expectedCount(TARGET, 2026, LocalDate.of(2027, 1, 15)));
    }

    @Test
    void progressSaysWhetherTheUnitIsOnTrack() {
        TargetProgress behind = TargetProgress.ofCount(TARGET, 50, 2026, LocalDate.of(2026, 7, 1));
        assertFalse(behind.onTrack());
        assertEquals(new BigDecimal("41.7"), behind.percentOfTarget());
        assertEquals(new BigDecimal("49.8"), behind.expectedPercent());
        assertTrue(TargetProgress.ofCount(TARGET, 60, 2026, LocalDate.of(2026, 7, 1)).onTrack());
    }

    @Test
    void aShareIsExpectedInFullAllYear() {
        TargetProgress p = TargetProgress.ofShare(BigDecimal.valueOf(40), new BigDecimal("35.0"));
        assertFalse(p.onTrack());
        assertEquals(new BigDecimal("87.5"), p.percentOfTarget());
    }

    @Test
    void refusesATargetBelowZero() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Target(1, 2026, TargetMeasure.CASES, BigDecimal.valueOf(-1), "supervisor", OffsetDateTime.now()));
        assertEquals("reporting.target.negative", e.messageKey());
    }

    @Test
    void refusesAShareAboveAHundredAndAFractionOfACase() {
        assertEquals("reporting.target.shareAbove100", assertThrows(BusinessException.class,
                () -> Target.checked(TargetMeasure.WORKSTATION_SHARE, new BigDecimal("100.5"))).messageKey());
        assertEquals("reporting.target.wholeCount", assertThrows(BusinessException.class,
                () -> Target.checked(TargetMeasure.CASES, new BigDecimal("120.5"))).messageKey());
        assertEquals(new BigDecimal("40.0"), Target.checked(TargetMeasure.WORKSTATION_SHARE, BigDecimal.valueOf(40)));
    }
}
