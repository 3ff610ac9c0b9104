package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Evaluation forms as versioned data: grade bands at their boundaries, scores within each item's maximum (seed 004)")
class EvaluationFormTest {

    static final GradeBands BANDS = new GradeBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"));

    static EvaluationForm form(int version) {
        return new EvaluationForm(FormKind.CRIMINAL, version, "刑事案件质量评估表", true, BANDS, List.of(
                new FormItem("A1", "办案程序", "会见笔录完整", new BigDecimal("30"), "会见次数与内容"),
                new FormItem("A2", "办案程序", "阅卷笔录", new BigDecimal("30"), null),
                new FormItem("B1", "辩护质量", "辩护意见", new BigDecimal("40"), "抓住辩护要点")),
                "admin", OffsetDateTime.now());
    }

    static Map<String, BigDecimal> scores(String a1, String a2, String b1) {
        Map<String, BigDecimal> m = new HashMap<>();
        m.put("A1", new BigDecimal(a1));
        m.put("A2", new BigDecimal(a2));
        m.put("B1", new BigDecimal(b1));
        return m;
    }

    @Test
    void gradeBandsIncludeTheirLowerBound() {
        assertEquals(Grade.EXCELLENT, BANDS.gradeOf(new BigDecimal("90")));
        assertEquals(Grade.GOOD, BANDS.gradeOf(new BigDecimal("89.9")));
        assertEquals(Grade.GOOD, BANDS.gradeOf(new BigDecimal("80.0")));
        assertEquals(Grade.PASS, BANDS.gradeOf(new BigDecimal("79.5")));
        assertEquals(Grade.PASS, BANDS.gradeOf(new BigDecimal("60")));
        assertEquals(Grade.FAIL, BANDS.gradeOf(new BigDecimal("59.9")));
        assertEquals(Grade.FAIL, BANDS.gradeOf(BigDecimal.ZERO));
    }

    @Test
    void refusesBandsOutOfOrder() {
        assertEquals("quality.form.bands", assertThrows(BusinessException.class,
                () -> new GradeBands(new BigDecimal("80"), new BigDecimal("80"), new BigDecimal("60"))).messageKey());
        assertEquals("quality.form.bands", assertThrows(BusinessException.class,
                () -> new GradeBands(new BigDecimal("90"), new BigDecimal("80"), BigDecimal.ZERO)).messageKey());
    }

    @Test
    void totalsTheScoresAndGradesByTheBands() {
        EvaluationForm f = form(1);
        assertEquals(new BigDecimal("100"), f.maximumTotal());
        assertEquals(0, new BigDecimal("85.5").compareTo(f.total(scores("28", "27.5", "30"))));
        assertEquals(Grade.GOOD, f.bands().gradeOf(f.total(scores("28", "27.5", "30"))));
    }

    @Test
    void refusesAScoreAboveTheItemsMaximumNamingTheItem() {
        BusinessException e = assertThrows(BusinessException.class, () -> form(1).total(scores("31", "0", "0")));
        assertEquals("quality.score.aboveMaximum", e.messageKey());
        assertEquals("A1", e.arguments()[0]);
    }

    @Test
    void refusesAMissingNegativeOrUnknownScore() {
        Map<String, BigDecimal> m = scores("1", "1", "1");
        m.remove("B1");
        assertEquals("quality.score.missing", assertThrows(BusinessException.class, () -> form(1).total(m)).messageKey());
        assertEquals("quality.score.negative", assertThrows(BusinessException.class,
                () -> form(1).total(scores("-1", "1", "1"))).messageKey());
        Map<String, BigDecimal> extra = scores("1", "1", "1");
        extra.put("Z9", BigDecimal.ONE);
        assertEquals("quality.score.unknownItem", assertThrows(BusinessException.class, () -> form(1).total(extra)).messageKey());
    }

    @Test
    void refusesBandsAboveTheFormsHighestTotalAndDuplicateItems() {
        assertEquals("quality.form.bandsAboveMaximum", assertThrows(BusinessException.class,
                () -> new EvaluationForm(FormKind.CRIMINAL, 1, "t", true, BANDS,
                        List.of(new FormItem("A", "s", "t", new BigDecimal("50"), null)), "admin", OffsetDateTime.now())).messageKey());
        assertEquals("quality.form.items", assertThrows(BusinessException.class,
                () -> new EvaluationForm(FormKind.CRIMINAL, 1, "t", true, BANDS,
                        List.of(new FormItem("A", "s", "t", new BigDecimal("50"), null),
                                new FormItem("A", "s", "t", new BigDecimal("50"), null)), "admin", OffsetDateTime.now())).messageKey());
    }

    @Test
    void anEvaluationKeepsItsFormVersionAndIsSubmittedOnce() throws Exception {
        EvaluationForm v1 = withId(form(1), 10L);
        EvaluationForm v2 = withId(new EvaluationForm(FormKind.CRIMINAL, 2, "刑事案件质量评估表（新）", true,
                new GradeBands(new BigDecimal("95"), new BigDecimal("85"), new BigDecimal("70")),
                v1.getItems(), "admin", OffsetDateTime.now()), 20L);
        SampledCase s = withId(new SampledCase(1, new Sampler.Drawn(5, 1, FormKind.CRIMINAL, Sampler.Stratum.REGULAR), 7L), 3L);
        Evaluator ev = withId(new Evaluator("eval", "评估师", PoolLevel.CITY, 2, null, null, null, null, Set.of()), 4L);
        Evaluation e = new Evaluation(s, Round.INITIAL, ev, v1, new CrossAvoidance.Placement(5, 0, 3, 0));
        assertEquals("quality.evaluation.form", assertThrows(BusinessException.class,
                () -> e.submit(v2, scores("30", "30", "30"), Map.of(), Set.of(), null, OffsetDateTime.now())).messageKey());
        // 90 is 优秀 on version 1 but only 良好 on version 2: the version assigned decides
        assertEquals(Grade.EXCELLENT, e.submit(v1, scores("30", "30", "30"), Map.of("A1", "会见三次，记录完整"),
                Set.of(ProblemType.WEAK_ARGUMENT), "总体较好", OffsetDateTime.now()));
        assertEquals(Grade.GOOD, v2.bands().gradeOf(new BigDecimal("90")));
        assertEquals("会见三次，记录完整", e.scoresByItem().get("A1").getComment());
        assertEquals("quality.evaluation.submitted", assertThrows(BusinessException.class,
                () -> e.submit(v1, scores("1", "1", "1"), Map.of(), Set.of(), null, OffsetDateTime.now())).messageKey());
        assertTrue(e.isSubmitted());
        assertFalse(e.getProblems().isEmpty());
    }

    static <T> T withId(T f, long id) throws Exception {
        var field = f.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(f, id);
        return f;
    }

    @Test
    void aVersionIsOutdatedOnlyByANewerOneOfItsKind() {
        EvaluationForm v1 = new EvaluationForm(FormKind.CRIMINAL, 1, "刑事", true,
                new GradeBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60")),
                List.of(new FormItem("A1", "程序", "会见", new BigDecimal("100"), null)), "bureau", OffsetDateTime.now());
        EvaluationForm v2 = new EvaluationForm(FormKind.CRIMINAL, 2, "刑事", true, v1.bands(), v1.getItems(), "bureau", OffsetDateTime.now());
        EvaluationForm civil3 = new EvaluationForm(FormKind.CIVIL_ADMINISTRATIVE, 3, "民事", true, v1.bands(), v1.getItems(), "bureau",
                OffsetDateTime.now());
        org.junit.jupiter.api.Assertions.assertTrue(v1.isOutdatedBy(v2));
        org.junit.jupiter.api.Assertions.assertFalse(v2.isOutdatedBy(v2));
        org.junit.jupiter.api.Assertions.assertFalse(v2.isOutdatedBy(v1));
        org.junit.jupiter.api.Assertions.assertFalse(v1.isOutdatedBy(civil3), "another kind's version says nothing");
        org.junit.jupiter.api.Assertions.assertFalse(v1.isOutdatedBy(null));
    }
}
