package org.legalaid.reporting;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GrowthTest {

    @Test
    void growthIsTheChangeOverLastYearInPercent() {
        assertEquals(Optional.of(new BigDecimal("20.0")), Growth.yearOnYear(120, 100));
        assertEquals(Optional.of(new BigDecimal("-25.0")), Growth.yearOnYear(75, 100));
        assertEquals(Optional.of(new BigDecimal("33.3")), Growth.yearOnYear(4, 3));
        assertEquals(Optional.of(new BigDecimal("0.0")), Growth.yearOnYear(7, 7));
    }

    @Test
    void noRateFromNothing() {
        assertEquals(Optional.empty(), Growth.yearOnYear(5, 0));
    }
}
