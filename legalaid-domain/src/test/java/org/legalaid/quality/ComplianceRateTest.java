package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Compliance rate against the target (seed 002: 规范服务达标率90%以上), at the threshold and at the target")
class ComplianceRateTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("96");
    private static final BigDecimal TARGET = new BigDecimal("90");

    private static List<BigDecimal> totals(int compliant, int not) {
        List<BigDecimal> out = new ArrayList<>(Collections.nCopies(compliant, new BigDecimal("96.0")));
        out.addAll(Collections.nCopies(not, new BigDecimal("95.9")));
        return out;
    }

    @Test
    void aTotalAtTheThresholdCountsAsCompliant() {
        ComplianceRate r = ComplianceRate.of(totals(1, 1), THRESHOLD, TARGET);
        assertEquals(2, r.scored());
        assertEquals(1, r.compliant());
        assertEquals(0, new BigDecimal("50.00").compareTo(r.rate()));
    }

    @Test
    void nineOfTenMeetTheTargetExactly() {
        ComplianceRate r = ComplianceRate.of(totals(9, 1), THRESHOLD, TARGET);
        assertEquals(0, new BigDecimal("90.00").compareTo(r.rate()));
        assertTrue(r.isMet());
    }

    @Test
    void seventeenOfNineteenFallShortThoughCloseToNinety() {
        ComplianceRate r = ComplianceRate.of(totals(17, 2), THRESHOLD, TARGET);
        assertEquals(0, new BigDecimal("89.47").compareTo(r.rate()));
        assertFalse(r.isMet());
    }

    @Test
    void theExactCountsDecideNotTheRoundedRate() {
        // 899 of 999 is 89.9899…%: rounds to 89.99, and is short of 90
        ComplianceRate r = ComplianceRate.of(totals(899, 100), THRESHOLD, TARGET);
        assertEquals(0, new BigDecimal("89.99").compareTo(r.rate()));
        assertFalse(r.isMet());
    }

    @Test
    void unscoredCentresAreLeftOutAndNoneScoredHasNoRate() {
        ComplianceRate r = ComplianceRate.of(Arrays.asList(new BigDecimal("100"), null), THRESHOLD, TARGET);
        assertEquals(1, r.scored());
        assertTrue(r.isMet());
        ComplianceRate none = ComplianceRate.of(List.of(), THRESHOLD, TARGET);
        assertNull(none.rate());
        assertFalse(none.isMet());
    }
}
