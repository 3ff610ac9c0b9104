package org.legalaid.reporting;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SmallCountsTest {

    @Test
    void countsFromOneToBelowTheThresholdLeaveAsLessThan() {
        SmallCounts s = SmallCounts.standard();
        assertEquals("0", s.show(0));
        assertEquals("<5", s.show(1));
        assertEquals("<5", s.show(4));
        assertEquals("5", s.show(5));
        assertEquals("1234", s.show(1234));
    }

    @Test
    void theThresholdIsConfigured() {
        assertEquals("<10", new SmallCounts(10).show(9));
        assertEquals("1", new SmallCounts(1).show(1));
        assertThrows(IllegalArgumentException.class, () -> new SmallCounts(0));
    }

    @Test
    void anAmountOfMoneyLeavesInYuanUnsuppressedACountByTheRule() {
        SmallCounts s = SmallCounts.standard();
        assertEquals("0.03", s.show("funding.subsidies.paid.source.CITY_BUDGET.fen", 3));
        assertEquals("12345.60", s.show("funding.subsidies.paid.source.CITY_BUDGET.fen", 1234560));
        assertEquals("<5", s.show("funding.subsidies.paid.source.CITY_BUDGET", 3));
    }

    @Test
    void yuanAreKeptAsWholeFenExactly() {
        assertEquals(1234560L, Figures.fen(new java.math.BigDecimal("12345.6")));
        assertEquals(new java.math.BigDecimal("12345.60"), Figures.yuan(1234560L));
        assertThrows(ArithmeticException.class, () -> Figures.fen(new java.math.BigDecimal("0.005")));
        // amounts add up in the roll-up like counts
        Figures a = new Figures(java.util.Map.of("x.fen", 150L));
        assertEquals(new java.math.BigDecimal("3.00"), Figures.yuan(a.plus(a).get("x.fen")));
    }
}
