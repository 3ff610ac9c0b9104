package org.legalaid.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.legalaid.intake.MatterCategory.ACT_OF_BRAVERY;
import static org.legalaid.intake.MatterCategory.CHILD_SUPPORT;
import static org.legalaid.intake.MatterCategory.DOMESTIC_VIOLENCE;
import static org.legalaid.intake.MatterCategory.ELDER_SUPPORT;
import static org.legalaid.intake.MatterCategory.FOOD_DRUG_SAFETY;
import static org.legalaid.intake.MatterCategory.HERO_MARTYR_REPUTATION;
import static org.legalaid.intake.MatterCategory.LABOUR_REMUNERATION;
import static org.legalaid.intake.MatterCategory.MEDICAL_ACCIDENT;
import static org.legalaid.intake.MatterCategory.PERSONAL_INJURY;
import static org.legalaid.intake.MatterCategory.SPOUSAL_SUPPORT;
import static org.legalaid.intake.MatterCategory.STATE_COMPENSATION;
import static org.legalaid.intake.MatterCategory.SURVIVOR_PENSION;
import static org.legalaid.intake.MatterCategory.TRAFFIC_ACCIDENT;
import static org.legalaid.intake.MatterCategory.WORK_INJURY;

/**
 * The starting list of {@link ExemptionRule}s, which a migration will load into the database for
 * administrators to maintain: the national grounds of the Legal Aid Law, then the local grounds
 * of the Qingdao seed (001, 《关于进一步加强法律援助工作的意见》, 2017). National grounds come
 * first so that the decision cites the law when both apply.
 *
 * <table>
 *   <caption>The defaults</caption>
 *   <tr><th>code</th><th>source</th><th>who</th><th>in which matters</th></tr>
 *   <tr><td>{@value #HERO_MARTYR_RELATIVE}</td><td>LAL art. 32(1)</td><td>close relative of a hero or martyr</td>
 *       <td>the hero's personality rights</td></tr>
 *   <tr><td>{@value #ACT_OF_BRAVERY}</td><td>LAL art. 32(2)</td><td>anyone</td><td>rights from an act of bravery</td></tr>
 *   <tr><td>{@value #RETRIAL_ACQUITTAL}</td><td>LAL art. 32(3)</td><td>acquitted on retrial</td><td>state compensation</td></tr>
 *   <tr><td>{@value #ABUSE_VICTIM}</td><td>LAL art. 32(4)</td><td>victim of abuse, abandonment, domestic violence</td>
 *       <td>domestic violence, maintenance, personal injury</td></tr>
 *   <tr><td>{@value #NO_FIXED_INCOME}</td><td>LAL art. 42(1)</td><td>minor, elderly or disabled without fixed
 *       income</td><td>any</td></tr>
 *   <tr><td>{@value #ASSISTANCE_RECIPIENT}</td><td>LAL art. 42(2)</td><td>social-assistance, judicial-aid or
 *       special-care recipient</td><td>any</td></tr>
 *   <tr><td>{@value #MIGRANT_WORKER}</td><td>LAL art. 42(3)</td><td>migrant worker</td><td>wages, work injury</td></tr>
 *   <tr><td>{@value #LOCAL_ELDERLY_65}</td><td>seed 001</td><td>local resident aged 65 or over</td>
 *       <td>{@link #LOCAL_MATTERS}</td></tr>
 *   <tr><td>{@value #LOCAL_DISABLED_GRADE_1_2}</td><td>seed 001</td><td>local resident, disability grade 1–2</td>
 *       <td>{@link #LOCAL_MATTERS}</td></tr>
 *   <tr><td>{@value #LOCAL_SERVICEMAN_ON_MISSION}</td><td>seed 001</td><td>conscript or cadet on a major mission,
 *       or family</td><td>any</td></tr>
 * </table>
 *
 * <p>Readings worth knowing:
 * <ul>
 *   <li>Art. 32(4) exempts victims "asserting the related rights"; the related matters are taken
 *       to be domestic violence itself (protection orders, divorce on those grounds), maintenance
 *       (an abandoned parent's 赡养 claim) and personal injury.</li>
 *   <li>The seed exempts "本市一二级残疾人、65岁以上老年人" in "赡养、扶养、抚恤金、人身伤害、医疗事故
 *       等纠纷". "本市" is read as qualifying both groups. "65岁以上" includes 65 (以上 includes
 *       the number itself, Civil Code art. 1259). 人身伤害 is read to include the injury categories this
 *       system splits out — work, traffic, food and drug accidents — since LAL art. 31(7) groups
 *       them all as 人身损害赔偿. 抚养 (child support) is not named and is left out: its claimant
 *       is the child, who is exempt under art. 42(1) anyway. The seed's 抚恤金 is
 *       {@link MatterCategory#SURVIVOR_PENSION}; old-age pensions (养老金) are not named.</li>
 *   <li>The seed's other groups — social-assistance recipients, 特困 persons, migrant workers
 *       claiming wages or work-injury compensation — are already national grounds.</li>
 *   <li>Art. 32(5) and 42(4) ("other situations/persons laws, regulations and rules provide") are
 *       not rules themselves: they are where the local rules an administrator adds come from.</li>
 * </ul>
 */
public final class ExemptionRules {

    public static final String HERO_MARTYR_RELATIVE = "LAL_32_1_HERO_MARTYR_RELATIVE";
    public static final String ACT_OF_BRAVERY = "LAL_32_2_ACT_OF_BRAVERY";
    public static final String RETRIAL_ACQUITTAL = "LAL_32_3_RETRIAL_ACQUITTAL";
    public static final String ABUSE_VICTIM = "LAL_32_4_ABUSE_VICTIM";
    public static final String NO_FIXED_INCOME = "LAL_42_1_NO_FIXED_INCOME";
    public static final String ASSISTANCE_RECIPIENT = "LAL_42_2_ASSISTANCE_RECIPIENT";
    public static final String MIGRANT_WORKER = "LAL_42_3_MIGRANT_WORKER";
    public static final String LOCAL_ELDERLY_65 = "LOCAL_ELDERLY_65";
    public static final String LOCAL_DISABLED_GRADE_1_2 = "LOCAL_DISABLED_GRADE_1_2";
    public static final String LOCAL_SERVICEMAN_ON_MISSION = "LOCAL_SERVICEMAN_ON_MISSION";

    /** The matters of the seed's local rule for the elderly and the severely disabled. */
    public static final Set<MatterCategory> LOCAL_MATTERS = Set.copyOf(EnumSet.of(ELDER_SUPPORT, SPOUSAL_SUPPORT,
            SURVIVOR_PENSION, PERSONAL_INJURY, MEDICAL_ACCIDENT, TRAFFIC_ACCIDENT, FOOD_DRUG_SAFETY, WORK_INJURY));

    private static final String LAL = "《中华人民共和国法律援助法》";
    private static final String SEED_001 = "中共青岛市委办公厅、青岛市人民政府办公厅《关于进一步加强法律援助工作的意见》（2017年12月29日）第二部分第（四）项";

    private static final List<ExemptionRule> DEFAULTS = List.of(
            new ExemptionRule(HERO_MARTYR_RELATIVE,
                    LAL + "第三十二条第（一）项：英雄烈士近亲属为维护英雄烈士的人格权益，不受经济困难条件的限制。",
                    Set.of(SpecialCategory.HERO_MARTYR_RELATIVE), null, null, false, false,
                    Set.of(HERO_MARTYR_REPUTATION)),
            new ExemptionRule(ACT_OF_BRAVERY,
                    LAL + "第三十二条第（二）项：因见义勇为行为主张相关民事权益，不受经济困难条件的限制。",
                    Set.of(), null, null, false, false,
                    Set.of(MatterCategory.ACT_OF_BRAVERY)),
            new ExemptionRule(RETRIAL_ACQUITTAL,
                    LAL + "第三十二条第（三）项：再审改判无罪请求国家赔偿，不受经济困难条件的限制。",
                    Set.of(SpecialCategory.ACQUITTED_ON_RETRIAL), null, null, false, false,
                    Set.of(STATE_COMPENSATION)),
            new ExemptionRule(ABUSE_VICTIM,
                    LAL + "第三十二条第（四）项：遭受虐待、遗弃或者家庭暴力的受害人主张相关权益，不受经济困难条件的限制。",
                    Set.of(SpecialCategory.ABUSE_OR_DV_VICTIM), null, null, false, false,
                    EnumSet.of(DOMESTIC_VIOLENCE, ELDER_SUPPORT, CHILD_SUPPORT, SPOUSAL_SUPPORT, PERSONAL_INJURY)),
            new ExemptionRule(NO_FIXED_INCOME,
                    LAL + "第四十二条第（一）项：无固定生活来源的未成年人、老年人、残疾人等特定群体，免予核查经济困难状况。",
                    EnumSet.of(SpecialCategory.MINOR, SpecialCategory.ELDERLY, SpecialCategory.DISABLED), null, null,
                    true, false, Set.of()),
            new ExemptionRule(ASSISTANCE_RECIPIENT,
                    LAL + "第四十二条第（二）项：社会救助、司法救助或者优抚对象，免予核查经济困难状况。",
                    EnumSet.of(SpecialCategory.SOCIAL_ASSISTANCE_RECIPIENT, SpecialCategory.JUDICIAL_AID_RECIPIENT,
                            SpecialCategory.SPECIAL_CARE_RECIPIENT), null, null, false, false, Set.of()),
            new ExemptionRule(MIGRANT_WORKER,
                    LAL + "第四十二条第（三）项：申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员，免予核查经济困难状况。",
                    Set.of(SpecialCategory.MIGRANT_WORKER), null, null, false, false,
                    EnumSet.of(LABOUR_REMUNERATION, WORK_INJURY)),
            new ExemptionRule(LOCAL_ELDERLY_65,
                    SEED_001 + "：涉及赡养、扶养、抚恤金、人身伤害、医疗事故等纠纷的本市65岁以上老年人，免于经济困难条件审查。",
                    Set.of(), 65, null, false, true, LOCAL_MATTERS),
            new ExemptionRule(LOCAL_DISABLED_GRADE_1_2,
                    SEED_001 + "：涉及赡养、扶养、抚恤金、人身伤害、医疗事故等纠纷的本市一二级残疾人，免于经济困难条件审查。",
                    Set.of(), null, new DisabilityGradeRange(1, 2), false, true, LOCAL_MATTERS),
            new ExemptionRule(LOCAL_SERVICEMAN_ON_MISSION,
                    SEED_001 + "：正在执行作战或非作战重大任务的义务兵、军队供给制学员及军属，免于经济困难条件审查。",
                    Set.of(SpecialCategory.SERVICEMAN_ON_MISSION_OR_FAMILY), null, null, false, false, Set.of()));

    private ExemptionRules() {
    }

    /** The national grounds, then the seed's local grounds. Immutable; copy it to maintain it. */
    public static List<ExemptionRule> defaults() {
        return DEFAULTS;
    }
}
