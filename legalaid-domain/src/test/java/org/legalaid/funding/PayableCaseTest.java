package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.MatterType;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The date that selects the rate: assignment, case end or archive, as the settings say")
class PayableCaseTest {

    private static final LocalDate ASSIGNED = LocalDate.of(2025, 6, 30);
    private static final LocalDate ENDED = LocalDate.of(2025, 12, 15);
    private static final LocalDate ARCHIVED = LocalDate.of(2026, 1, 20);

    private static PayableCase payable(LocalDate assigned, LocalDate ended) {
        return new PayableCase(101L, "青法援〔2025〕101号", 7L, MatterType.CRIMINAL, 501L, "张律师", "明德律师事务所", assigned, ended,
                ARCHIVED);
    }

    @Test
    @DisplayName("each basis names its own day")
    void eachBasisNamesItsDay() {
        PayableCase c = payable(ASSIGNED, ENDED);
        assertEquals(ASSIGNED, c.rateDate(RateDateBasis.ASSIGNMENT));
        assertEquals(ENDED, c.rateDate(RateDateBasis.CASE_END));
        assertEquals(ARCHIVED, c.rateDate(RateDateBasis.ARCHIVE));
    }

    @Test
    @DisplayName("a day not recorded (an imported legacy case) falls back to the archive day")
    void missingDayFallsBackToArchive() {
        PayableCase c = payable(null, null);
        assertEquals(ARCHIVED, c.rateDate(RateDateBasis.ASSIGNMENT));
        assertEquals(ARCHIVED, c.rateDate(RateDateBasis.CASE_END));
    }

    @Test
    @DisplayName("a database row of SQL dates is read as a payable case")
    void readsDatabaseRow() {
        PayableCase c = PayableCase.of(new Object[]{101L, "青法援〔2025〕101号", 7, "CRIMINAL", null, null, "明德律师事务所",
                java.sql.Date.valueOf(ASSIGNED), null, ARCHIVED});
        assertEquals(7L, c.unitId());
        assertEquals(null, c.lawyerId());
        assertEquals(ASSIGNED, c.assignedOn());
        assertEquals(ARCHIVED, c.archivedOn());
    }
}
