package org.legalaid.shared.pdf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Line breaking of Chinese text (避头尾)")
class LineBreakerTest {

    /** Every Chinese character one unit wide, Latin characters and spaces half a unit. */
    private final LineBreaker breaker = new LineBreaker(s -> s.codePoints().mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1).sum());

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertEquals(List.of("法律援助", "是国家建", "立的制度"), breaker.wrap("法律援助是国家建立的制度", 4, 4));
    }

    @Test
    void theFirstLineMayBeShorterForTheIndent() {
        assertEquals(List.of("法律", "援助是国", "家建立"), breaker.wrap("法律援助是国家建立", 2, 4));
    }

    @Test
    void aLineNeverStartsWithClosingPunctuation() {
        assertEquals(List.of("一二三", "四。五"), breaker.wrap("一二三四。五", 4, 4));
        assertEquals(List.of("一二三", "四）、"), breaker.wrap("一二三四）、", 4, 4));
    }

    @Test
    void aLineNeverEndsWithAnOpeningBracket() {
        assertEquals(List.of("一二三", "《四》"), breaker.wrap("一二三《四》", 4, 4));
    }

    @Test
    void latinWordsAndNumbersStayWhole() {
        // "2026-11" is 3.5 units: it does not fit after 申请 and moves down whole.
        assertEquals(List.of("申请", "2026-11", "受理"), breaker.wrap("申请2026-11受理", 4, 4));
    }

    @Test
    void aWordLongerThanALineIsBrokenBetweenItsLetters() {
        assertEquals(List.of("ABCDEFGH", "IJ"), breaker.wrap("ABCDEFGHIJ", 4, 4));
    }

    @Test
    void spacesAtABreakAreDropped() {
        assertEquals(List.of("Legal aid", "centre"), breaker.wrap("Legal aid centre", 5, 5));
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertEquals(List.of(""), breaker.wrap("", 4, 4));
    }
}
