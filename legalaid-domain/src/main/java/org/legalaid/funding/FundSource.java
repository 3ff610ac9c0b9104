package org.legalaid.funding;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a fund's money comes from (docs/domain.md "Funding"). Each source has the uses it may pay
 * for by default; a fund may narrow them. The central earmarked fund pays case subsidies only
 * (中央补助地方法律援助办案专款).
 */
public enum FundSource {
    /** 市级财政预算. */
    CITY_BUDGET(1, EnumSet.allOf(FundUse.class)),
    /** 区（市）级财政预算. */
    DISTRICT_BUDGET(2, EnumSet.allOf(FundUse.class)),
    /** 省级补助. */
    PROVINCIAL_SUBSIDY(3, EnumSet.of(FundUse.CASE_SUBSIDY, FundUse.DUTY_LAWYER_SUBSIDY)),
    /** 中央补助地方法律援助办案专款: case subsidies only. */
    CENTRAL_EARMARKED(4, EnumSet.of(FundUse.CASE_SUBSIDY)),
    /** 社会捐助. */
    DONATION(0, EnumSet.of(FundUse.CASE_SUBSIDY, FundUse.DUTY_LAWYER_SUBSIDY));

    private final int earmarkRank;
    private final Set<FundUse> permitted;

    FundSource(int earmarkRank, Set<FundUse> permitted) {
        this.earmarkRank = earmarkRank;
        this.permitted = permitted;
    }

    /**
     * How narrowly the source is earmarked: the fund proposed for a payment is the most earmarked one
     * that allows it (an earmarked grant is spent on its purpose before general budget money).
     */
    public int earmarkRank() {
        return earmarkRank;
    }

    /** The uses a fund of this source may allow at most. */
    public Set<FundUse> permittedUses() {
        return EnumSet.copyOf(permitted);
    }

    public String labelKey() {
        return "fundSource." + name();
    }
}
