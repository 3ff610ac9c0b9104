package org.legalaid.complaints;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("The annual report to the level above (order 149 art. 28): counts, time to decide, share in time")
class AnnualReportTest {

    private static final LocalDateTime JAN = LocalDateTime.of(2026, 1, 10, 9, 0);

    private static AnnualReport.Entry received(long unit, ComplaintGround g, RespondentType t, LocalDateTime at) {
        return new AnnualReport.Entry(unit, g, t, at, null, null, null, null);
    }

    private static AnnualReport.Entry decided(long unit, LocalDateTime received, LocalDateTime accepted, int days,
                                              ComplaintOutcome o, int dueDays) {
        return new AnnualReport.Entry(unit, ComplaintGround.SUBSTANDARD_SERVICE, RespondentType.LAWYER, received, accepted, o,
                accepted.plusDays(days), accepted.plusDays(dueDays));
    }

    @Test
    void countsReceivedByGroundRespondentAndUnitAndDecidedByOutcome() {
        AnnualReport r = AnnualReport.of(2026, List.of(
                received(1, ComplaintGround.NO_PROGRESS_REPORTS, RespondentType.LAWYER, JAN),
                received(1, ComplaintGround.NO_PROGRESS_REPORTS, RespondentType.FIRM, JAN.plusDays(3)),
                received(2, ComplaintGround.LEAKED_SECRETS, RespondentType.STAFF, JAN.plusMonths(5)),
                received(2, ComplaintGround.OTHER, RespondentType.STAFF, JAN.minusYears(1)),
                decided(2, JAN.minusMonths(1), JAN.minusDays(20), 30, ComplaintOutcome.NOT_SUPPORTED, 60),
                decided(1, JAN, JAN.plusDays(2), 70, ComplaintOutcome.CRITICISM_AND_EDUCATION, 60),
                decided(1, JAN, JAN.plusDays(2), 40, ComplaintOutcome.CRITICISM_AND_EDUCATION, 60)));
        assertEquals(5, r.received(), "the one received last year is not counted; the one decided this year but received last year neither");
        assertEquals(2L, r.byGround().get(ComplaintGround.NO_PROGRESS_REPORTS));
        assertEquals(0L, r.byGround().get(ComplaintGround.FAILED_DUTIES), "zeros listed");
        assertEquals(1L, r.byRespondent().get(RespondentType.STAFF));
        assertEquals(3L, r.byRespondent().get(RespondentType.LAWYER));
        assertEquals(2L, r.byOutcome().get(ComplaintOutcome.CRITICISM_AND_EDUCATION));
        assertEquals(1L, r.byOutcome().get(ComplaintOutcome.NOT_SUPPORTED));
        assertEquals(3, r.decided());
        assertEquals(new AnnualReport.UnitLine(1, 4, 2, 1), r.units().get(1L));
        assertEquals(new AnnualReport.UnitLine(2, 1, 1, 1), r.units().get(2L));
    }

    @Test
    void timeToDecideFromTheLastAcceptanceMedianMeanAndShareInTime() {
        AnnualReport r = AnnualReport.of(2026, List.of(
                decided(1, JAN, JAN.plusDays(1), 10, ComplaintOutcome.NOT_SUPPORTED, 60),
                decided(1, JAN, JAN.plusDays(1), 20, ComplaintOutcome.NOT_SUPPORTED, 60),
                decided(1, JAN, JAN.plusDays(1), 45, ComplaintOutcome.NOT_SUPPORTED, 60),
                decided(1, JAN, JAN.plusDays(1), 85, ComplaintOutcome.NOT_SUPPORTED, 90)));
        assertEquals(new BigDecimal("32.5"), r.medianDays());
        assertEquals(new BigDecimal("40.0"), r.meanDays());
        assertEquals(4, r.decidedInTime(), "the 85 days within an approved extension count as in time");
        assertEquals(new BigDecimal("1.0000"), r.inTimeShare());

        AnnualReport late = AnnualReport.of(2026, List.of(
                decided(1, JAN, JAN.plusDays(1), 61, ComplaintOutcome.NOT_SUPPORTED, 60),
                decided(1, JAN, JAN.plusDays(1), 59, ComplaintOutcome.NOT_SUPPORTED, 60),
                decided(1, JAN, JAN.plusDays(1), 30, ComplaintOutcome.NOT_SUPPORTED, 60)));
        assertEquals(new BigDecimal("0.6667"), late.inTimeShare());
        assertEquals(new BigDecimal("59.0"), late.medianDays());
    }

    @Test
    void anEmptyYearHasNoTimes() {
        AnnualReport r = AnnualReport.of(2026, List.of());
        assertEquals(0, r.received());
        assertNull(r.medianDays());
        assertNull(r.meanDays());
        assertNull(r.inTimeShare());
    }
}
