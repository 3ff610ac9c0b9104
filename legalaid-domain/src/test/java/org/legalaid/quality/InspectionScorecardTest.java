package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Inspection scorecards (seed 000: 6 categories × 20 = 120, every deduction with its reason; seed 002's data figures)")
class InspectionScorecardTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T10:00:00+08:00");

    /** Seed 000's card: six categories of 20 points. */
    static Scorecard seed000() {
        List<ScorecardItem> items = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            items.add(new ScorecardItem("I" + i, "类" + i, "检查项目" + i, new BigDecimal("20"), null));
        }
        return new Scorecard("SEED000", 1, "法律援助规范与质量检查评分表", new BigDecimal("96"), items, "bureau", NOW);
    }

    private static Map<String, Scorecard.Mark> full() {
        Map<String, Scorecard.Mark> m = new HashMap<>();
        for (int i = 1; i <= 6; i++) {
            m.put("I" + i, new Scorecard.Mark(new BigDecimal("20"), null));
        }
        return m;
    }

    private static BigDecimal total(List<InspectionScore> s) {
        return s.stream().map(InspectionScore::getScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void sixCategoriesOfTwentyMakeOneHundredAndTwenty() {
        Scorecard card = seed000();
        assertEquals(0, new BigDecimal("120").compareTo(card.maximumTotal()));
        List<InspectionScore> s = card.score(full(), Map.of());
        assertEquals(0, new BigDecimal("120").compareTo(total(s)));
        assertTrue(s.stream().allMatch(i -> i.getReason() == null && !i.isFromData()));
    }

    @Test
    void deductionsLowerTheTotalAndKeepTheirReasons() {
        Map<String, Scorecard.Mark> m = full();
        m.put("I2", new Scorecard.Mark(new BigDecimal("15.5"), "经费台账不全"));
        m.put("I5", new Scorecard.Mark(new BigDecimal("0"), "  专职人员未到位  "));
        List<InspectionScore> s = seed000().score(m, Map.of());
        assertEquals(0, new BigDecimal("95.5").compareTo(total(s)));
        assertEquals("经费台账不全", s.get(1).getReason());
        assertEquals("专职人员未到位", s.get(4).getReason());
        assertFalse(seed000().complies(total(s)));
    }

    @Test
    void refusesADeductionWithoutAReason() {
        Map<String, Scorecard.Mark> m = full();
        m.put("I3", new Scorecard.Mark(new BigDecimal("18"), "   "));
        BusinessException e = assertThrows(BusinessException.class, () -> seed000().score(m, Map.of()));
        assertEquals("quality.inspection.deduction.reasonMissing", e.messageKey());
        assertEquals("I3", e.arguments()[0]);
    }

    @Test
    void refusesAScoreAboveTheMaximumBelowZeroMissingOrUnknown() {
        Map<String, Scorecard.Mark> above = full();
        above.put("I1", new Scorecard.Mark(new BigDecimal("20.5"), null));
        assertEquals("quality.inspection.score.aboveMaximum",
                assertThrows(BusinessException.class, () -> seed000().score(above, Map.of())).messageKey());
        Map<String, Scorecard.Mark> negative = full();
        negative.put("I1", new Scorecard.Mark(new BigDecimal("-1"), "x"));
        assertEquals("quality.inspection.score.negative",
                assertThrows(BusinessException.class, () -> seed000().score(negative, Map.of())).messageKey());
        Map<String, Scorecard.Mark> missing = full();
        missing.remove("I6");
        assertEquals("quality.inspection.score.missing",
                assertThrows(BusinessException.class, () -> seed000().score(missing, Map.of())).messageKey());
        Map<String, Scorecard.Mark> unknown = full();
        unknown.put("X9", new Scorecard.Mark(BigDecimal.ONE, null));
        assertEquals("quality.inspection.score.unknownItem",
                assertThrows(BusinessException.class, () -> seed000().score(unknown, Map.of())).messageKey());
    }

    @Test
    void aTotalEqualToTheThresholdComplies() {
        Scorecard card = seed000();
        assertTrue(card.complies(new BigDecimal("96.0")));
        assertFalse(card.complies(new BigDecimal("95.9")));
        assertFalse(card.complies(null));
    }

    @Test
    void refusesAThresholdAboveTheMaximumAndDuplicateCodes() {
        List<ScorecardItem> items = List.of(new ScorecardItem("A", "c", "t", new BigDecimal("20"), null));
        assertEquals("quality.scorecard.threshold", assertThrows(BusinessException.class,
                () -> new Scorecard("X", 1, "t", new BigDecimal("21"), items, "u", NOW)).messageKey());
        List<ScorecardItem> twice = List.of(items.get(0), items.get(0));
        assertEquals("quality.scorecard.items", assertThrows(BusinessException.class,
                () -> new Scorecard("X", 1, "t", new BigDecimal("10"), twice, "u", NOW)).messageKey());
    }

    @Test
    void anItemWithAFigureIsScoredFromTheDataWhateverWasTyped() {
        Scorecard card = new Scorecard("SEED002", 1, "达标标准", new BigDecimal("20"), List.of(
                new ScorecardItem("S2a", "受理审查", "7日内作出决定", new BigDecimal("15"), DataFigure.DECIDED_IN_7_DAYS),
                new ScorecardItem("S4a", "质量保证", "归档案卷材料齐全", new BigDecimal("15"), DataFigure.FILES_COMPLETE)),
                "u", NOW);
        Map<String, Scorecard.Mark> typed = Map.of("S2a", new Scorecard.Mark(new BigDecimal("15"), null),
                "S4a", new Scorecard.Mark(new BigDecimal("15"), null));
        List<InspectionScore> s = card.score(typed, Map.of(
                DataFigure.DECIDED_IN_7_DAYS, new Figure(DataFigure.DECIDED_IN_7_DAYS, 3, 2),
                DataFigure.FILES_COMPLETE, new Figure(DataFigure.FILES_COMPLETE, 4, 4)));
        assertTrue(s.get(0).isFromData());
        assertEquals(0, new BigDecimal("10.0").compareTo(s.get(0).getScore()), "15 × 2/3, rounded down");
        assertEquals("系统数据：3件中2件达标（66.67%）", s.get(0).getReason());
        assertEquals(0, new BigDecimal("15").compareTo(s.get(1).getScore()));
        assertNull(s.get(1).getReason(), "no deduction, no reason");
    }

    @Test
    void anItemWithoutDataInThePeriodIsScoredByHand() {
        Scorecard card = new Scorecard("SEED002", 1, "达标标准", new BigDecimal("10"), List.of(
                new ScorecardItem("S3a", "指派监督", "3日内指派", new BigDecimal("15"), DataFigure.ASSIGNED_IN_3_DAYS)), "u", NOW);
        List<InspectionScore> s = card.score(Map.of("S3a", new Scorecard.Mark(new BigDecimal("12"), "抽查两件指派超期")),
                Map.of(DataFigure.ASSIGNED_IN_3_DAYS, new Figure(DataFigure.ASSIGNED_IN_3_DAYS, 0, 0)));
        assertFalse(s.get(0).isFromData());
        assertEquals("抽查两件指派超期", s.get(0).getReason());
    }
}
