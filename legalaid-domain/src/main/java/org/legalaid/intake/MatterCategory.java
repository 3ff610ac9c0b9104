package org.legalaid.intake;

/**
 * What the dispute is about (docs/domain.md, "Case lifecycle" 2). The values follow the items of
 * LAL art. 31 and 32 closely enough that {@link ScopeCheck} and {@link ExemptionCheck} can tell
 * from the category alone which item of the law applies, and statistics can count by item.
 *
 * <p>Maintenance is three values, not one, because the law and the seed treat them apart:
 * LAL art. 31(4) names 赡养费, 抚养费 and 扶养费 separately, and the Qingdao seed (001) exempts
 * the elderly and the severely disabled from the means test in 赡养 and 扶养 disputes but says
 * nothing of 抚养 (whose claimant is a child). One value would have lost that.
 *
 * <p>Likewise pensions are two: LAL art. 31(2) social-insurance benefits (养老金 among them) and
 * art. 31(3) 抚恤金, which the seed's local exemption names.
 */
public enum MatterCategory {
    /** 劳动报酬: confirming a labour relation or claiming pay (LAL art. 31(5)). */
    LABOUR_REMUNERATION,
    /** 工伤: personal injury from a work accident (LAL art. 31(7), 42(3)). */
    WORK_INJURY,
    /** 赡养费: support owed by adult children to their parents (LAL art. 31(4)). */
    ELDER_SUPPORT,
    /** 抚养费: support owed by parents to their children (LAL art. 31(4)). */
    CHILD_SUPPORT,
    /** 扶养费: support owed between spouses and, in some cases, siblings (LAL art. 31(4)). */
    SPOUSAL_SUPPORT,
    /** 社会保险待遇（含养老金）: social-insurance benefits, old-age pension included (LAL art. 31(2)). */
    SOCIAL_INSURANCE,
    /** 抚恤金: survivors' or disability benefits, e.g. of servicemen's and civil servants' families (LAL art. 31(3)). */
    SURVIVOR_PENSION,
    /** 社会救助（含最低生活保障、特困供养）: social assistance (LAL art. 31(2)). */
    SOCIAL_ASSISTANCE,
    /** 交通事故: personal-injury compensation from a traffic accident (LAL art. 31(7)). */
    TRAFFIC_ACCIDENT,
    /** 医疗事故: personal-injury compensation from a medical accident (LAL art. 31(7)). */
    MEDICAL_ACCIDENT,
    /** 食品药品安全事故: personal-injury compensation from a food or drug safety accident (LAL art. 31(7)). */
    FOOD_DRUG_SAFETY,
    /**
     * 人身损害（其他）: other personal injury — an assault, a fall, a dog bite. Not an item of
     * LAL art. 31; in scope only where a local regulation adds it (art. 31(9)).
     */
    PERSONAL_INJURY,
    /** 认定无民事行为能力或者限制民事行为能力: declaring a person without or with limited civil capacity (LAL art. 31(6)). */
    CIVIL_CAPACITY,
    /** 环境污染、生态破坏: compensation for environmental pollution or ecological damage (LAL art. 31(8)). */
    ENVIRONMENTAL_DAMAGE,
    /**
     * 家庭暴力、虐待、遗弃: a victim of domestic violence, abuse or abandonment asserting the rights
     * that follow from it — protection orders, divorce on those grounds, damages (LAL art. 32(4)).
     */
    DOMESTIC_VIOLENCE,
    /** 国家赔偿: state compensation (LAL art. 31(1); after acquittal on retrial art. 32(3)). */
    STATE_COMPENSATION,
    /** 英雄烈士人格权益: a hero's or martyr's close relative protecting the hero's name and honour (LAL art. 32(1)). */
    HERO_MARTYR_REPUTATION,
    /** 见义勇为: civil rights arising from an act of bravery (LAL art. 32(2)). */
    ACT_OF_BRAVERY,
    /** 其他: none of the above; the reviewer decides scope under LAL art. 31(9). */
    OTHER;

    /** Message bundle key of the label, {@code matterCategory.<NAME>}. */
    public String labelKey() {
        return "matterCategory." + name();
    }
}
