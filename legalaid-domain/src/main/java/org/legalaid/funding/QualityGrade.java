package org.legalaid.funding;

/**
 * A case's quality grade as it bears on pay (质量效果挂钩, seed 001): the factor of each grade is data
 * ({@link FundingSettings}); {@link #NOT_EVALUATED} has its own factor until the quality part grades
 * cases.
 */
public enum QualityGrade {
    EXCELLENT, GOOD, PASS, FAIL, NOT_EVALUATED;

    public String labelKey() {
        return "qualityGrade." + name();
    }
}
