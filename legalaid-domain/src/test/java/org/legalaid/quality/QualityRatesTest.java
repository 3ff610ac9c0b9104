package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("优良率 and 合格率 as seed 004 reports them")
class QualityRatesTest {

    @Test
    void oneGoodAndOnePassIsFiftyPercentExcellentOrGoodAndAHundredPercentPassAsLushanCounty() {
        QualityRates r = QualityRates.of(List.of(Grade.GOOD, Grade.PASS));
        assertEquals(new BigDecimal("50.0"), r.excellentOrGoodRate());
        assertEquals(new BigDecimal("100.0"), r.passRate());
        assertEquals(2, r.evaluated());
    }

    @Test
    void ratesHaveOneDecimalRoundedHalfUp() {
        QualityRates r = QualityRates.of(List.of(Grade.EXCELLENT, Grade.FAIL, Grade.PASS));
        assertEquals(new BigDecimal("33.3"), r.excellentOrGoodRate());
        assertEquals(new BigDecimal("66.7"), r.passRate());
        assertEquals(1, r.count(Grade.FAIL));
    }

    @Test
    void twentyTwoCasesOneGoodTwentyOnePassAsTheCityInSeed004() {
        List<Grade> g = new java.util.ArrayList<>(Collections.nCopies(21, Grade.PASS));
        g.add(Grade.GOOD);
        QualityRates r = QualityRates.of(g);
        assertEquals(new BigDecimal("4.5"), r.excellentOrGoodRate());
        assertEquals(new BigDecimal("100.0"), r.passRate());
    }

    @Test
    void nothingEvaluatedHasNoRateRatherThanZero() {
        QualityRates r = QualityRates.of(List.of());
        assertNull(r.excellentOrGoodRate());
        assertNull(r.passRate());
    }
}
