package org.legalaid.intake;

/**
 * Groups the law or the city singles out (docs/domain.md, "Case lifecycle" 2 and 4). An applicant
 * may belong to several; {@link ExemptionRule}s test them, and statistics count them.
 *
 * <p>{@link #MINOR}, {@link #ELDERLY} and {@link #DISABLED} follow from the applicant's age and
 * disability grade and are derived by {@link ApplicantProfile}; the others are declared and
 * proved by documents.
 */
public enum SpecialCategory {
    /** 未成年人: under 18 (Civil Code art. 17). Derived from the age. */
    MINOR,
    /** 老年人: 60 or older (Law on the Protection of the Rights of the Elderly, art. 2). Derived from the age. */
    ELDERLY,
    /** 残疾人: holds a disability certificate of grade 1–4. Derived from the disability grade. */
    DISABLED,
    /** 农民工 / 进城务工人员: migrant worker (LAL art. 42(3)). */
    MIGRANT_WORKER,
    /** 妇女: recorded for statistics; no rule of its own. */
    WOMAN,
    /** 军人军属: serviceman or servicewoman, or their family. */
    SERVICEMAN_OR_FAMILY,
    /**
     * 执行重大任务的义务兵、供给制学员及军属: a conscript or a supply-system military cadet on a
     * combat or major non-combat mission, or their family (seed 001, local exemption).
     */
    SERVICEMAN_ON_MISSION_OR_FAMILY,
    /** 社会救助对象（低保、特困供养）: receives social assistance (LAL art. 42(2)). */
    SOCIAL_ASSISTANCE_RECIPIENT,
    /** 司法救助对象: receives judicial aid (LAL art. 42(2)). */
    JUDICIAL_AID_RECIPIENT,
    /** 优抚对象: receives special care as a serviceman, veteran or martyr's family (LAL art. 42(2)). */
    SPECIAL_CARE_RECIPIENT,
    /** 英雄烈士近亲属: close relative of a hero or martyr (LAL art. 32(1)). */
    HERO_MARTYR_RELATIVE,
    /** 虐待、遗弃、家庭暴力受害人: victim of abuse, abandonment or domestic violence (LAL art. 32(4)). */
    ABUSE_OR_DV_VICTIM,
    /** 再审改判无罪者: acquitted on retrial, claiming state compensation (LAL art. 32(3)). */
    ACQUITTED_ON_RETRIAL;

    /** Message bundle key of the label, {@code specialCategory.<NAME>}. */
    public String labelKey() {
        return "specialCategory." + name();
    }
}
