package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.MatterType;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.UNIT;
import static org.legalaid.funding.FundingFixtures.standard;
import static org.legalaid.funding.FundingFixtures.standardForm;
import static org.legalaid.funding.FundingFixtures.yuan;

@DisplayName("A subsidy standard: in force from its first to its last day, never overlapping its predecessor")
class SubsidyStandardTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    private static SubsidyStandard of(LocalDate from, LocalDate to) {
        return standard(1L, UNIT, standardForm(from, to));
    }

    private static String refusal(Runnable r) {
        return assertThrows(BusinessException.class, r::run).messageKey();
    }

    @Test
    @DisplayName("in force on its first and its last day, not the day before or the day after")
    void inForceFromFirstToLastDayInclusive() {
        SubsidyStandard s = of(JAN_1, DEC_31);
        assertFalse(s.inForceOn(JAN_1.minusDays(1)));
        assertTrue(s.inForceOn(JAN_1));
        assertTrue(s.inForceOn(DEC_31));
        assertFalse(s.inForceOn(DEC_31.plusDays(1)));
    }

    @Test
    @DisplayName("an open-ended standard is in force on every day from its first")
    void openEndedStandardIsInForceFromItsFirstDay() {
        SubsidyStandard s = of(JAN_1, null);
        assertFalse(s.inForceOn(JAN_1.minusDays(1)));
        assertTrue(s.inForceOn(JAN_1));
        assertTrue(s.inForceOn(LocalDate.of(2099, 12, 31)));
    }

    @Test
    @DisplayName("a standard that ends before it starts is refused")
    void refusesEndBeforeStart() {
        assertEquals("funding.standard.dates", refusal(() -> of(JAN_1, JAN_1.minusDays(1))));
    }

    @Test
    @DisplayName("a standard may last a single day")
    void acceptsSingleDayStandard() {
        assertTrue(of(JAN_1, JAN_1).inForceOn(JAN_1));
    }

    @Test
    @DisplayName("a base rate of zero is refused; empty extras count as zero")
    void refusesZeroBaseRateAndDefaultsEmptyExtras() {
        NewSubsidyStandard f = standardForm(JAN_1, null);
        f.setBaseAmount(yuan("0.00"));
        assertEquals("funding.amount.notPositive", refusal(() -> standard(1L, UNIT, f)));
        f.setBaseAmount(yuan("3000"));
        f.setExtraPerParty(null);
        f.setCopyingCap(null);
        SubsidyStandard s = standard(1L, UNIT, f);
        assertEquals(yuan("3000.00"), s.getBaseAmount());
        assertEquals(yuan("0.00"), s.getExtraPerParty());
        assertEquals(yuan("0.00"), s.getCopyingCap());
    }

    @Test
    @DisplayName("adjacent standards (one ends the day before the next starts) do not overlap")
    void adjacentStandardsDoNotOverlap() {
        SubsidyStandard old = of(JAN_1, DEC_31);
        SubsidyStandard next = of(DEC_31.plusDays(1), null);
        assertFalse(old.overlaps(next));
        assertFalse(next.overlaps(old));
    }

    @Test
    @DisplayName("standards sharing one day overlap")
    void standardsSharingADayOverlap() {
        SubsidyStandard old = of(JAN_1, DEC_31);
        SubsidyStandard next = of(DEC_31, null);
        assertTrue(old.overlaps(next));
        assertTrue(next.overlaps(old));
    }

    @Test
    @DisplayName("two open-ended standards overlap, whichever starts first")
    void openEndedStandardsOverlap() {
        SubsidyStandard a = of(JAN_1, null);
        SubsidyStandard b = of(LocalDate.of(2030, 1, 1), null);
        assertTrue(a.overlaps(b));
        assertTrue(b.overlaps(a));
    }

    @Test
    @DisplayName("an open-ended standard overlaps an earlier closed one that reaches its first day, not one that ends before")
    void openEndedOverlapsAClosedOneReachingIntoIt() {
        SubsidyStandard open = of(LocalDate.of(2025, 7, 1), null);
        assertTrue(open.overlaps(of(JAN_1, LocalDate.of(2025, 7, 1))));
        assertFalse(open.overlaps(of(JAN_1, LocalDate.of(2025, 6, 30))));
    }

    @Test
    @DisplayName("standards of another unit, matter type or stage never overlap, even on the same days")
    void otherUnitTypeOrStageDoNotOverlap() {
        SubsidyStandard s = of(JAN_1, null);
        assertFalse(s.overlaps(standard(2L, UNIT + 1, standardForm(JAN_1, null))));
        assertFalse(s.overlaps(standard(2L, UNIT, MatterType.CIVIL, ProcedureStage.FIRST_INSTANCE, JAN_1, null)));
        assertFalse(s.overlaps(standard(2L, UNIT, MatterType.CRIMINAL, ProcedureStage.SECOND_INSTANCE, JAN_1, null)));
    }

    @Test
    @DisplayName("ending a standard sets its last day and who ended it; it is no longer in force the day after")
    void endOnSetsTheLastDay() {
        SubsidyStandard s = of(JAN_1, null);
        s.endOn(DEC_31, "finapprover2");
        assertEquals(DEC_31, s.getEffectiveTo());
        assertEquals("finapprover2", s.getEndedBy());
        assertTrue(s.inForceOn(DEC_31));
        assertFalse(s.inForceOn(DEC_31.plusDays(1)));
        assertFalse(s.overlaps(of(DEC_31.plusDays(1), null)), "the successor from the next day fits");
    }

    @Test
    @DisplayName("a standard may end on its first day but not before")
    void refusesEndBeforeItsFirstDay() {
        SubsidyStandard s = of(JAN_1, null);
        assertEquals("funding.standard.endBeforeStart", refusal(() -> s.endOn(JAN_1.minusDays(1), "finapprover")));
        s.endOn(JAN_1, "finapprover");
        assertEquals(JAN_1, s.getEffectiveTo());
    }

    @Test
    @DisplayName("an ended standard may be ended earlier but not on or after its last day")
    void refusesEndingAnEndedStandardAgainLater() {
        SubsidyStandard s = of(JAN_1, DEC_31);
        assertEquals("funding.standard.ended", refusal(() -> s.endOn(DEC_31, "finapprover")));
        assertEquals("funding.standard.ended", refusal(() -> s.endOn(DEC_31.plusDays(1), "finapprover")));
        s.endOn(LocalDate.of(2025, 6, 30), "finapprover");
        assertEquals(LocalDate.of(2025, 6, 30), s.getEffectiveTo());
    }
}
