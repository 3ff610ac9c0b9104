package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A sampled case's way to its final grade: re-evaluation of 优秀 and 不合格, panel by majority, objection, final (seed 004 评估方法)")
class SampledCaseTest {

    private static final BigDecimal MARGIN = new BigDecimal("10");

    private static SampledCase sample() {
        return new SampledCase(1, new Sampler.Drawn(5, 1, FormKind.CRIMINAL, Sampler.Stratum.REGULAR), 7L);
    }

    @Test
    void aGoodInitialGradeStandsWithoutReevaluation() {
        SampledCase s = sample();
        s.initialEvaluated(new BigDecimal("85"), Grade.GOOD);
        assertEquals(SampleState.EVALUATED, s.getState());
        assertEquals(Grade.GOOD, s.getGrade());
    }

    @Test
    void excellentAndFailNeedAReevaluation() {
        SampledCase s = sample();
        s.initialEvaluated(new BigDecimal("92"), Grade.EXCELLENT);
        assertEquals(SampleState.REEVALUATION, s.getState());
        SampledCase f = sample();
        f.initialEvaluated(new BigDecimal("50"), Grade.FAIL);
        assertEquals(SampleState.REEVALUATION, f.getState());
    }

    @Test
    void aReevaluationWithinTheMarginDecides() {
        SampledCase s = sample();
        s.initialEvaluated(new BigDecimal("92"), Grade.EXCELLENT);
        s.reevaluated(new BigDecimal("82"), Grade.GOOD, MARGIN);
        assertEquals(SampleState.EVALUATED, s.getState());
        assertEquals(Grade.GOOD, s.getGrade());
    }

    @Test
    void aDifferenceBeyondTheMarginGoesToThePanelWhichDecidesByMajority() {
        SampledCase s = sample();
        s.initialEvaluated(new BigDecimal("92"), Grade.EXCELLENT);
        s.reevaluated(new BigDecimal("81.9"), Grade.GOOD, MARGIN);
        assertEquals(SampleState.PANEL, s.getState());
        assertEquals(Grade.EXCELLENT, s.panelDecides(List.of(Grade.EXCELLENT, Grade.GOOD, Grade.EXCELLENT), "director"));
        assertEquals(SampleState.EVALUATED, s.getState());
    }

    @Test
    void thePanelNeedsAnOddNumberOfAtLeastThreeVotesAndAMajority() {
        assertEquals("quality.panel.votes", assertThrows(BusinessException.class,
                () -> SampledCase.majority(List.of(Grade.GOOD, Grade.GOOD))).messageKey());
        assertEquals("quality.panel.votes", assertThrows(BusinessException.class,
                () -> SampledCase.majority(List.of(Grade.GOOD, Grade.GOOD, Grade.PASS, Grade.PASS))).messageKey());
        assertEquals("quality.panel.noMajority", assertThrows(BusinessException.class,
                () -> SampledCase.majority(List.of(Grade.GOOD, Grade.PASS, Grade.FAIL))).messageKey());
        assertEquals(Grade.PASS, SampledCase.majority(List.of(Grade.PASS, Grade.GOOD, Grade.PASS, Grade.FAIL, Grade.PASS)));
    }

    @Test
    void anObjectionIsReviewedBySomeoneElseAndMayChangeTheGrade() {
        SampledCase s = sample();
        s.initialEvaluated(new BigDecimal("70"), Grade.PASS);
        s.object("会见笔录已在卷，评估时未见", "directorA", OffsetDateTime.now());
        assertEquals("quality.objection.twice", assertThrows(BusinessException.class,
                () -> s.object("again", "directorA", OffsetDateTime.now())).messageKey());
        assertEquals("quality.objection.ownReview", assertThrows(BusinessException.class,
                () -> s.reviewObjection(true, Grade.GOOD, "x", "directorA")).messageKey());
        assertEquals("quality.objection.gradeRequired", assertThrows(BusinessException.class,
                () -> s.reviewObjection(true, Grade.PASS, "x", "bureau")).messageKey());
        assertEquals("quality.objection.open", assertThrows(BusinessException.class,
                () -> s.makeFinal(LocalDate.now())).messageKey());
        s.reviewObjection(true, Grade.GOOD, "复核卷宗，会见笔录齐全", "bureau");
        assertEquals(Grade.GOOD, s.getGrade());
        assertEquals(Grade.PASS, s.getGradeBeforeObjection());
    }

    @Test
    void aFinalGradeCannotChange() {
        SampledCase s = sample();
        s.initialEvaluated(new BigDecimal("70"), Grade.PASS);
        s.makeFinal(LocalDate.now());
        assertTrue(s.isFinal());
        assertEquals(Grade.PASS, s.getFinalGrade());
        assertEquals("quality.final", assertThrows(BusinessException.class,
                () -> s.object("late", "directorA", OffsetDateTime.now())).messageKey());
        assertEquals("quality.final", assertThrows(BusinessException.class,
                () -> s.makeFinal(LocalDate.now())).messageKey());
    }

    @Test
    void aCaseNotYetEvaluatedCannotBeMadeFinal() {
        assertEquals("quality.sample.notEvaluated", assertThrows(BusinessException.class,
                () -> sample().makeFinal(LocalDate.now())).messageKey());
    }
}
