package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Scope of legal aid (LAL art. 24–33)")
class ScopeCheckTest {

    private static void assertCovered(MatterType type, MatterCategory category, String rule, String basisKey) {
        ScopeResult result = ScopeCheck.check(type, category);
        assertTrue(result.inScope(), type + "/" + category + " should be in scope");
        assertEquals(rule, result.ruleCode());
        assertEquals(basisKey, result.basisKey());
    }

    @Test
    @DisplayName("LAL art. 31(1): state compensation, as a proceeding and as a category")
    void stateCompensationIsInScope() {
        assertCovered(MatterType.STATE_COMPENSATION, MatterCategory.STATE_COMPENSATION, "LAL_31_1", "intake.scope.basis.lal31.1");
        assertCovered(MatterType.STATE_COMPENSATION, MatterCategory.OTHER, "LAL_31_1", "intake.scope.basis.lal31.1");
        assertCovered(MatterType.ADMINISTRATIVE, MatterCategory.STATE_COMPENSATION, "LAL_31_1", "intake.scope.basis.lal31.1");
    }

    @Test
    @DisplayName("LAL art. 31(2): social-insurance benefits (pensions included) and social assistance")
    void socialInsuranceAndAssistanceAreInScope() {
        assertCovered(MatterType.ADMINISTRATIVE, MatterCategory.SOCIAL_INSURANCE, "LAL_31_2", "intake.scope.basis.lal31.2");
        assertCovered(MatterType.ADMINISTRATIVE, MatterCategory.SOCIAL_ASSISTANCE, "LAL_31_2", "intake.scope.basis.lal31.2");
    }

    @Test
    @DisplayName("LAL art. 31(3): 抚恤金")
    void survivorPensionIsInScope() {
        assertCovered(MatterType.ADMINISTRATIVE, MatterCategory.SURVIVOR_PENSION, "LAL_31_3", "intake.scope.basis.lal31.3");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MatterCategory.class, names = {"ELDER_SUPPORT", "CHILD_SUPPORT", "SPOUSAL_SUPPORT"})
    @DisplayName("LAL art. 31(4): 赡养费、抚养费、扶养费")
    void maintenanceIsInScope(MatterCategory category) {
        assertCovered(MatterType.CIVIL, category, "LAL_31_4", "intake.scope.basis.lal31.4");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MatterType.class, names = {"CIVIL", "LABOUR_ARBITRATION", "NON_LITIGATION"})
    @DisplayName("LAL art. 31(5): labour relation and remuneration, in court, arbitration or negotiation")
    void labourRemunerationIsInScope(MatterType type) {
        assertCovered(type, MatterCategory.LABOUR_REMUNERATION, "LAL_31_5", "intake.scope.basis.lal31.5");
    }

    @Test
    @DisplayName("LAL art. 31(6): declaring a person without or with limited civil capacity")
    void civilCapacityIsInScope() {
        assertCovered(MatterType.CIVIL, MatterCategory.CIVIL_CAPACITY, "LAL_31_6", "intake.scope.basis.lal31.6");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MatterCategory.class, names = {"WORK_INJURY", "TRAFFIC_ACCIDENT", "FOOD_DRUG_SAFETY", "MEDICAL_ACCIDENT"})
    @DisplayName("LAL art. 31(7): injury from work, traffic, food and drug, and medical accidents")
    void accidentInjuryIsInScope(MatterCategory category) {
        assertCovered(MatterType.CIVIL, category, "LAL_31_7", "intake.scope.basis.lal31.7");
    }

    @Test
    @DisplayName("LAL art. 31(8): environmental pollution and ecological damage")
    void environmentalDamageIsInScope() {
        assertCovered(MatterType.CIVIL, MatterCategory.ENVIRONMENTAL_DAMAGE, "LAL_31_8", "intake.scope.basis.lal31.8");
    }

    @Test
    @DisplayName("LAL art. 32(1): heroes' and martyrs' personality rights")
    void heroMartyrReputationIsInScope() {
        assertCovered(MatterType.CIVIL, MatterCategory.HERO_MARTYR_REPUTATION, "LAL_32_1", "intake.scope.basis.lal32.1");
    }

    @Test
    @DisplayName("LAL art. 32(2): civil rights from an act of bravery")
    void actOfBraveryIsInScope() {
        assertCovered(MatterType.CIVIL, MatterCategory.ACT_OF_BRAVERY, "LAL_32_2", "intake.scope.basis.lal32.2");
    }

    @Test
    @DisplayName("LAL art. 32(4): victims of abuse, abandonment or domestic violence")
    void domesticViolenceIsInScope() {
        assertCovered(MatterType.CIVIL, MatterCategory.DOMESTIC_VIOLENCE, "LAL_32_4", "intake.scope.basis.lal32.4");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MatterCategory.class)
    @DisplayName("LAL art. 24, 25, 28, 29: every criminal matter, whatever its category")
    void criminalMattersAreAlwaysInScope(MatterCategory category) {
        assertCovered(MatterType.CRIMINAL, category, "CRIMINAL", "intake.scope.basis.criminal");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MatterCategory.class)
    @DisplayName("LAL art. 33: petitions and retrials, whatever their category")
    void appealsAreInScope(MatterCategory category) {
        assertCovered(MatterType.APPEAL, category, "LAL_33", "intake.scope.basis.lal33");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"CIVIL, PERSONAL_INJURY", "CIVIL, OTHER", "NON_LITIGATION, OTHER", "ADMINISTRATIVE, PERSONAL_INJURY"})
    @DisplayName("other personal injury and other matters are not listed: the reviewer decides under art. 31(9)")
    void unlistedMattersAreReportedNotListed(MatterType type, MatterCategory category) {
        ScopeResult result = ScopeCheck.check(type, category);
        assertFalse(result.inScope());
        assertEquals(ScopeCheck.NOT_LISTED_KEY, result.basisKey());
        assertTrue(result.rule().isEmpty());
    }

    @Test
    @DisplayName("every category but PERSONAL_INJURY and OTHER is an item of the law in a civil matter")
    void everyListedCategoryHasAnItem() {
        Set<MatterCategory> notListed = EnumSet.of(MatterCategory.PERSONAL_INJURY, MatterCategory.OTHER);
        for (MatterCategory category : MatterCategory.values()) {
            assertEquals(!notListed.contains(category), ScopeCheck.check(MatterType.CIVIL, category).inScope(),
                    category.name());
        }
    }

    @Test
    @DisplayName("a local regulation may add an item under LAL art. 31(9); national items still win")
    void localAdditionsExtendTheScope() {
        ScopeRule local = new ScopeRule("LOCAL_PERSONAL_INJURY", "intake.scope.basis.local",
                ScopeRules.NON_CRIMINAL, Set.of(MatterCategory.PERSONAL_INJURY, MatterCategory.ELDER_SUPPORT));
        ScopeResult injury = ScopeCheck.check(List.of(local), MatterType.CIVIL, MatterCategory.PERSONAL_INJURY);
        assertTrue(injury.inScope());
        assertEquals("LOCAL_PERSONAL_INJURY", injury.ruleCode());
        assertEquals("LAL_31_4", ScopeCheck.check(List.of(local), MatterType.CIVIL, MatterCategory.ELDER_SUPPORT).ruleCode());
    }

    @Test
    void theNationalListIsImmutable() {
        List<ScopeRule> rules = ScopeRules.national();
        assertThrows(UnsupportedOperationException.class, () -> rules.add(rules.get(0)));
    }

    @Test
    void labelKeysFollowTheEnumNames() {
        assertEquals("matterType.LABOUR_ARBITRATION", MatterType.LABOUR_ARBITRATION.labelKey());
        assertEquals("matterCategory.ELDER_SUPPORT", MatterCategory.ELDER_SUPPORT.labelKey());
        assertEquals(MatterType.values().length, Arrays.stream(MatterType.values()).map(MatterType::labelKey).distinct().count());
        assertEquals(7, MatterType.values().length);
    }
}
