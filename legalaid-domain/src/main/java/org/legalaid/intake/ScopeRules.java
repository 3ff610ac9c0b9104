package org.legalaid.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.legalaid.intake.MatterCategory.ACT_OF_BRAVERY;
import static org.legalaid.intake.MatterCategory.CHILD_SUPPORT;
import static org.legalaid.intake.MatterCategory.CIVIL_CAPACITY;
import static org.legalaid.intake.MatterCategory.DOMESTIC_VIOLENCE;
import static org.legalaid.intake.MatterCategory.ELDER_SUPPORT;
import static org.legalaid.intake.MatterCategory.ENVIRONMENTAL_DAMAGE;
import static org.legalaid.intake.MatterCategory.FOOD_DRUG_SAFETY;
import static org.legalaid.intake.MatterCategory.HERO_MARTYR_REPUTATION;
import static org.legalaid.intake.MatterCategory.LABOUR_REMUNERATION;
import static org.legalaid.intake.MatterCategory.MEDICAL_ACCIDENT;
import static org.legalaid.intake.MatterCategory.SOCIAL_ASSISTANCE;
import static org.legalaid.intake.MatterCategory.SOCIAL_INSURANCE;
import static org.legalaid.intake.MatterCategory.SPOUSAL_SUPPORT;
import static org.legalaid.intake.MatterCategory.SURVIVOR_PENSION;
import static org.legalaid.intake.MatterCategory.TRAFFIC_ACCIDENT;
import static org.legalaid.intake.MatterCategory.WORK_INJURY;

/**
 * The scope of legal aid as the Legal Aid Law draws it, in the order {@link ScopeCheck} tries
 * the items:
 * <ol>
 *   <li>{@code CRIMINAL} — criminal matters, whatever the category: suspects and defendants who
 *       apply because of hardship or other reasons (art. 24), those the court, procuratorate or
 *       police must have defended — minors; blind, deaf or mute persons; adults who cannot fully
 *       understand their conduct; those facing life imprisonment or death; death-penalty review;
 *       trial in absentia (art. 25, notified under art. 36) — respondents in compulsory
 *       medical treatment (art. 28), and victims, private prosecutors and civil plaintiffs in
 *       criminal proceedings (art. 29). Notified defences need no application at all; this item
 *       only says the matter is in scope.</li>
 *   <li>{@code LAL_33} — petitions and retrials (申诉、再审) against effective judgments once the
 *       court has decided a retrial or the procuratorate has protested (art. 33).</li>
 *   <li>{@code LAL_31_1} — state compensation (art. 31(1)), both as a proceeding type and as a
 *       category; after acquittal on retrial the means test is waived too (art. 32(3)).</li>
 *   <li>{@code LAL_31_2} — social-insurance benefits or social assistance: 养老金 and other
 *       social-insurance benefits, 最低生活保障, 特困供养 (art. 31(2)).</li>
 *   <li>{@code LAL_31_3} — 抚恤金 (art. 31(3)).</li>
 *   <li>{@code LAL_31_4} — maintenance: 赡养费、抚养费、扶养费 (art. 31(4)).</li>
 *   <li>{@code LAL_31_5} — confirming a labour relation or paying labour remuneration (art. 31(5)).</li>
 *   <li>{@code LAL_31_6} — declaring a person without or with limited civil capacity (art. 31(6)).</li>
 *   <li>{@code LAL_31_7} — personal-injury compensation from work, traffic, food and drug safety
 *       and medical accidents (art. 31(7)).</li>
 *   <li>{@code LAL_31_8} — compensation for environmental pollution and ecological damage (art. 31(8)).</li>
 *   <li>{@code LAL_32_1} — close relatives of heroes and martyrs protecting their personality
 *       rights 英雄烈士人格权益 (art. 32(1)).</li>
 *   <li>{@code LAL_32_2} — civil rights arising from an act of bravery 见义勇为 (art. 32(2)).</li>
 *   <li>{@code LAL_32_4} — victims of abuse, abandonment or domestic violence asserting their
 *       rights (art. 32(4)).</li>
 * </ol>
 * Art. 32 lists matters that are aided without the hardship condition; that they are aided at
 * all puts them in scope, so they appear here as well as in {@link ExemptionRules}.
 *
 * <p>Not listed: other personal injury and "other" matters. Art. 31(9) lets laws, regulations
 * and rules add items (a province's legal aid regulation typically does); such local additions
 * are data, passed to {@link ScopeCheck#check(List, MatterType, MatterCategory)} after this
 * list. Product-quality accidents, which some provinces add, are one example.
 */
public final class ScopeRules {

    /** The non-criminal proceedings in which the art. 31 and 32 items apply (LAL art. 22(4), (6)). */
    public static final Set<MatterType> NON_CRIMINAL = Set.copyOf(EnumSet.of(MatterType.CIVIL,
            MatterType.ADMINISTRATIVE, MatterType.STATE_COMPENSATION, MatterType.LABOUR_ARBITRATION,
            MatterType.NON_LITIGATION));

    private static final List<ScopeRule> NATIONAL = List.of(
            new ScopeRule("CRIMINAL", "intake.scope.basis.criminal", Set.of(MatterType.CRIMINAL), Set.of()),
            new ScopeRule("LAL_33", "intake.scope.basis.lal33", Set.of(MatterType.APPEAL), Set.of()),
            new ScopeRule("LAL_31_1", "intake.scope.basis.lal31.1", Set.of(MatterType.STATE_COMPENSATION), Set.of()),
            onCategories("LAL_31_1", "intake.scope.basis.lal31.1", MatterCategory.STATE_COMPENSATION),
            onCategories("LAL_31_2", "intake.scope.basis.lal31.2", SOCIAL_INSURANCE, SOCIAL_ASSISTANCE),
            onCategories("LAL_31_3", "intake.scope.basis.lal31.3", SURVIVOR_PENSION),
            onCategories("LAL_31_4", "intake.scope.basis.lal31.4", ELDER_SUPPORT, CHILD_SUPPORT, SPOUSAL_SUPPORT),
            onCategories("LAL_31_5", "intake.scope.basis.lal31.5", LABOUR_REMUNERATION),
            onCategories("LAL_31_6", "intake.scope.basis.lal31.6", CIVIL_CAPACITY),
            onCategories("LAL_31_7", "intake.scope.basis.lal31.7", WORK_INJURY, TRAFFIC_ACCIDENT, FOOD_DRUG_SAFETY,
                    MEDICAL_ACCIDENT),
            onCategories("LAL_31_8", "intake.scope.basis.lal31.8", ENVIRONMENTAL_DAMAGE),
            onCategories("LAL_32_1", "intake.scope.basis.lal32.1", HERO_MARTYR_REPUTATION),
            onCategories("LAL_32_2", "intake.scope.basis.lal32.2", ACT_OF_BRAVERY),
            onCategories("LAL_32_4", "intake.scope.basis.lal32.4", DOMESTIC_VIOLENCE));

    private ScopeRules() {
    }

    /** The items of the Legal Aid Law, in the order they are tried. Immutable. */
    public static List<ScopeRule> national() {
        return NATIONAL;
    }

    private static ScopeRule onCategories(String code, String basisKey, MatterCategory first, MatterCategory... rest) {
        return new ScopeRule(code, basisKey, NON_CRIMINAL, EnumSet.of(first, rest));
    }
}
