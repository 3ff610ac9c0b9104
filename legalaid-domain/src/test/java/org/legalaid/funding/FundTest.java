package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.NOW;

@DisplayName("A fund pays only for the uses it lists, within what its source permits (专款专用)")
class FundTest {

    private static Fund fund(FundSource source, Set<FundUse> uses) {
        return new Fund(1L, 2026, source, " 2026年中央补助办案专款 ", uses, "finapprover", NOW);
    }

    @Test
    @DisplayName("the central earmarked fund cannot allow operating costs")
    void centralEarmarkedFundRefusesOperatingCosts() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> fund(FundSource.CENTRAL_EARMARKED, EnumSet.of(FundUse.CASE_SUBSIDY, FundUse.OPERATING_COST)));
        assertEquals("funding.fund.useNotPermitted", e.messageKey());
        assertArrayEquals(new Object[]{"fundUse.OPERATING_COST", "fundSource.CENTRAL_EARMARKED"}, e.arguments());
    }

    @Test
    @DisplayName("the central earmarked fund pays case subsidies and nothing else")
    void centralEarmarkedFundAllowsCaseSubsidiesOnly() {
        Fund f = fund(FundSource.CENTRAL_EARMARKED, EnumSet.of(FundUse.CASE_SUBSIDY));
        assertTrue(f.allows(FundUse.CASE_SUBSIDY));
        assertFalse(f.allows(FundUse.OPERATING_COST));
        assertFalse(f.allows(FundUse.DUTY_LAWYER_SUBSIDY));
        assertEquals("2026年中央补助办案专款", f.getName());
    }

    @Test
    @DisplayName("a city budget fund may narrow its uses and then pays only those")
    void budgetFundPaysOnlyTheUsesItLists() {
        Fund f = fund(FundSource.CITY_BUDGET, EnumSet.of(FundUse.OPERATING_COST));
        assertTrue(f.allows(FundUse.OPERATING_COST));
        assertFalse(f.allows(FundUse.CASE_SUBSIDY));
    }

    @Test
    @DisplayName("a fund without a use or outside 2000–2100 is refused")
    void refusesFundWithoutUseOrWithImplausibleYear() {
        assertEquals("funding.fund.noUse",
                assertThrows(BusinessException.class, () -> fund(FundSource.DONATION, EnumSet.noneOf(FundUse.class))).messageKey());
        assertEquals("funding.fund.year", assertThrows(BusinessException.class,
                () -> new Fund(1L, 1999, FundSource.CITY_BUDGET, "x", Set.of(FundUse.CASE_SUBSIDY), "u", NOW)).messageKey());
    }

    @Test
    @DisplayName("the earmarked sources rank before general budgets, so the earmarked grant is proposed first")
    void earmarkedSourcesRankFirst() {
        assertTrue(FundSource.CENTRAL_EARMARKED.earmarkRank() > FundSource.PROVINCIAL_SUBSIDY.earmarkRank());
        assertTrue(FundSource.PROVINCIAL_SUBSIDY.earmarkRank() > FundSource.DISTRICT_BUDGET.earmarkRank());
        assertTrue(FundSource.DISTRICT_BUDGET.earmarkRank() > FundSource.CITY_BUDGET.earmarkRank());
    }

    @Test
    @DisplayName("the uses are stored as their names in declaration order and read back")
    void usesRoundTripThroughTheColumn() {
        FundUsesConverter c = new FundUsesConverter();
        String column = c.convertToDatabaseColumn(EnumSet.of(FundUse.OPERATING_COST, FundUse.CASE_SUBSIDY));
        assertEquals("CASE_SUBSIDY,OPERATING_COST", column);
        assertEquals(EnumSet.of(FundUse.CASE_SUBSIDY, FundUse.OPERATING_COST), c.convertToEntityAttribute(column));
        assertEquals(EnumSet.noneOf(FundUse.class), c.convertToEntityAttribute(""));
    }
}
