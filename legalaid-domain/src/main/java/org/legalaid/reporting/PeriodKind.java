package org.legalaid.reporting;

/** The kinds of period figures are counted over (seed 003: 月报告、季自评、半年检查、年终考核). */
public enum PeriodKind {
    /** 月. */
    MONTH,
    /** 季度. */
    QUARTER,
    /** 半年. */
    HALF_YEAR,
    /** 年度. */
    YEAR,
    /** Any first and last day. */
    CUSTOM;

    public String labelKey() {
        return "reporting.periodKind." + name();
    }
}
