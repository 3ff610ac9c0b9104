package org.legalaid.funding.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.funding.Allocation;
import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.NOW;
import static org.legalaid.funding.FundingFixtures.withId;
import static org.legalaid.funding.FundingFixtures.yuan;

/** 100,000.00 passed on by the city (unit 1) on 2026-03-01, received by the district (unit 2) on 2026-03-03; 30 days. */
@DisplayName("8. withheld allocation (截留): received, and neither passed on nor spent within the period")
class WithheldAllocationRuleTest {

    private static final String FUND = "2026年中央补助办案专款";
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 3);
    private static final LocalDate DUE = RECEIVED.plusDays(30);

    private final WithheldAllocationRule rule = new WithheldAllocationRule();
    private final Allocation allocation = withId(new Allocation(1L, 1L, 2L, yuan("100000.00"), LocalDate.of(2026, 3, 1),
            RECEIVED, LocalDate.of(2026, 3, 5), 2L, "finofficer1", NOW), 5L);

    @Test
    @DisplayName("nothing passed on is not flagged up to the last day of the period")
    void notFlaggedInsideThePeriod() {
        assertEquals(Optional.empty(), rule.check(allocation, yuan("0.00"), FUND, RECEIVED, 30));
        assertEquals(Optional.empty(), rule.check(allocation, yuan("0.00"), FUND, DUE, 30));
    }

    @Test
    @DisplayName("after the period, less passed on or spent than received is flagged with fund, amount, date, period and what was kept")
    void flaggedAfterThePeriodWithOutflowBelowAmount() {
        Optional<Finding> found = rule.check(allocation, yuan("40000.00"), FUND, DUE.plusDays(1), 30);
        assertTrue(found.isPresent());
        Finding f = found.get();
        assertEquals(RuleCode.WITHHELD_ALLOCATION, f.rule());
        assertEquals("Allocation:5", f.subject());
        assertEquals(2L, f.unitId(), "the receiving unit is the one that withholds");
        assertNull(f.claimId());
        assertEquals("flag.withheld", f.explanationKey());
        assertEquals(List.of(FUND, "100000.00", "2026-03-03", "30", "60000.00"), f.figures());
        assertTrue(f.evidence().contains("from=1; to=2; received=2026-03-03; outflow=40000.00"), f.evidence());
    }

    @Test
    @DisplayName("one fen short is still flagged")
    void flaggedOneFenShort() {
        Optional<Finding> found = rule.check(allocation, yuan("99999.99"), FUND, DUE.plusDays(1), 30);
        assertEquals("0.01", found.orElseThrow().figures().get(4));
    }

    @Test
    @DisplayName("an allocation fully passed on or spent is not flagged")
    void notFlaggedWhenFullyPassedOn() {
        assertEquals(Optional.empty(), rule.check(allocation, yuan("100000.00"), FUND, DUE.plusDays(60), 30));
        assertEquals(Optional.empty(), rule.check(allocation, yuan("150000.00"), FUND, DUE.plusDays(60), 30));
    }

    @Test
    @DisplayName("an allocation within one unit, received before it was passed on, or dated in the future is refused")
    void refusesImpossibleAllocation() {
        LocalDate today = LocalDate.of(2026, 3, 5);
        assertEquals("funding.allocation.sameUnit", assertThrows(BusinessException.class, () -> new Allocation(1L, 2L, 2L,
                yuan("1.00"), today, today, today, 2L, "u", NOW)).messageKey());
        assertEquals("funding.allocation.dates", assertThrows(BusinessException.class, () -> new Allocation(1L, 1L, 2L,
                yuan("1.00"), today, today.minusDays(1), today, 2L, "u", NOW)).messageKey());
        assertEquals("funding.allocation.dates", assertThrows(BusinessException.class, () -> new Allocation(1L, 1L, 2L,
                yuan("1.00"), today, today.plusDays(1), today, 2L, "u", NOW)).messageKey());
    }
}
