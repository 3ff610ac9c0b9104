package org.legalaid.intake;

import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The economic-hardship standard of one region for one year. LAL art. 34 leaves the standard to
 * each province and requires it to be adjusted over time; the localities in the seeds express it
 * as a multiple of the local minimum living standard (低保标准): the Qingdao seed (001) uses
 * 2 × "the previous year's urban and rural minimum living standard of the district where the
 * accepting centre sits", another locality 1.5 ×. Both the standard and the multiplier are data
 * an administrator enters each year; nothing here is a constant.
 *
 * @param regionCode               six-digit administrative division code (GB/T 2260) of the
 *                                 region whose centre accepts the application
 * @param year                     the year of applications this standard governs
 * @param minimumLivingStandard    the minimum living standard the local rule refers to, yuan per
 *                                 person per month (for Qingdao: the previous year's figure)
 * @param multiplier               how many times that standard a household may earn per head and
 *                                 still count as in hardship, e.g. 1.5 or 2
 */
public record HardshipStandard(String regionCode, int year, BigDecimal minimumLivingStandard, BigDecimal multiplier) implements Serializable {

    public HardshipStandard {
        Objects.requireNonNull(minimumLivingStandard, "minimumLivingStandard");
        Objects.requireNonNull(multiplier, "multiplier");
        if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
            throw new BusinessException("intake.hardshipStandard.regionCodeInvalid", String.valueOf(regionCode));
        }
        if (minimumLivingStandard.signum() <= 0) {
            throw new BusinessException("intake.hardshipStandard.minimumLivingStandardNotPositive", minimumLivingStandard);
        }
        if (multiplier.signum() <= 0) {
            throw new BusinessException("intake.hardshipStandard.multiplierNotPositive", multiplier);
        }
    }

    /**
     * Income per head per month at or below which a household is in hardship: the minimum living
     * standard times the multiplier, in yuan with two decimals (half-up, so a multiplier such as
     * 1.25 on 731.10 gives 913.88).
     */
    public BigDecimal perHeadLimit() {
        return minimumLivingStandard.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
    }
}
