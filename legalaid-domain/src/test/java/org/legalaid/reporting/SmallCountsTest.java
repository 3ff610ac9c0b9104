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
}
