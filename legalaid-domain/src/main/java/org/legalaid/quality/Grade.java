package org.legalaid.quality;

/**
 * The four grades of a case's quality (seed 004 "评估结果划分为优秀、良好、合格、不合格4个等次"), best
 * first.
 */
public enum Grade {
    /** 优秀. */
    EXCELLENT("优秀"),
    /** 良好. */
    GOOD("良好"),
    /** 合格. */
    PASS("合格"),
    /** 不合格. */
    FAIL("不合格");

    private final String mark;

    Grade(String mark) {
        this.mark = mark;
    }

    /** The grade as an official document writes it, whatever the screen's language. */
    public String mark() {
        return mark;
    }

    /**
     * Whether a grade needs a second opinion: seed 004 "对初评为优秀及不合格的案件经复评……后，确定最终评估结果".
     */
    public boolean needsReevaluation() {
        return this == EXCELLENT || this == FAIL;
    }

    /** 优良: counts towards the 优良率 (优秀 + 良好). */
    public boolean isExcellentOrGood() {
        return this == EXCELLENT || this == GOOD;
    }

    /** 合格 or better: counts towards the 合格率. */
    public boolean isPassing() {
        return this != FAIL;
    }

    public String labelKey() {
        return "quality.grade." + name();
    }
}
