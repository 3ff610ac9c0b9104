package org.legalaid.shared.pdf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    @DisplayName("a text exactly as wide as the line stays on it, even when its characters' widths add up to a hair more")
    void roundingDoesNotBreakAFittingText() {
        LineBreaker rounding = new LineBreaker(s -> s.codePointCount(0, s.length()) * 1.0000001 - (s.length() > 1 ? 0.000001 : 0));
        String label = "承办法律服务工作者：";
        assertEquals(List.of(label), rounding.wrap(label, label.length() - 0.000001, label.length() - 0.000001));
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

    @Test
    @DisplayName("a run of closing punctuation goes down as a whole, with the character it follows")
    void aRunOfClosingPunctuationMovesAsAWhole() {
        // 〕 and 。 both may not start a line: 四〕。 goes down together.
        assertEquals(List.of("一二三", "四〕。五"), breaker.wrap("一二三四〕。五", 4, 4));
        assertEquals(List.of("一二", "三》）。", "五"), breaker.wrap("一二三》）。五", 4, 4));
        // Five characters that must stay together on a line of four: the last mark hangs.
        assertEquals(List.of("一二", "三》）。”"), breaker.wrap("一二三》）。”", 4, 4));
        assertRules(breaker.wrap("（以下简称《法律援助法》）。", 4, 4));
    }

    @Test
    @DisplayName("a closing bracket exactly at the line end stays there; the full stop after it brings both down")
    void aClosingBracketAtTheLineEnd() {
        assertEquals(List.of("一二三）", "四"), breaker.wrap("一二三）四", 4, 4));
        assertEquals(List.of("一二", "三）。四"), breaker.wrap("一二三）。四", 4, 4));
    }

    @Test
    @DisplayName("an opening bracket or quote never ends a line, even several in a row")
    void aRunOfOpeningPunctuationMovesDown() {
        assertEquals(List.of("一二", "《（三）》"), breaker.wrap("一二《（三）》", 4, 4));
        assertEquals(List.of("一二三", "“四”"), breaker.wrap("一二三“四”", 4, 4));
    }

    @Test
    @DisplayName("Latin digits inside Chinese: a number stays whole and takes its closing punctuation along")
    void latinDigitsInside() {
        // "2026" is 2 units: 申请（2026）fits 5 units? 申请 2 + （ 1 + 2026 2 = 5 > 4.
        List<String> lines = breaker.wrap("申请（2026）号。", 4, 4);
        assertRules(lines);
        assertEquals("申请（2026）号。", String.join("", lines));
        assertEquals(List.of("一二三", "12。"), breaker.wrap("一二三12。", 4, 4));
    }

    @Test
    @DisplayName("a line of only punctuation is kept whole when it fits; longer, one mark hangs and the rest breaks where it overflows")
    void aLineOfOnlyPunctuation() {
        assertEquals(List.of("）》」』】〕，。、；：？！…"), breaker.wrap("）》」』】〕，。、；：？！…", 14, 14));
        assertEquals(List.of("。。。。。", "。"), breaker.wrap("。。。。。。", 4, 4));
    }

    @Test
    @DisplayName("every prohibited character of GB/T 15834 usage is respected wherever it falls in a long text")
    void noBreakRuleIsBrokenAnywhere() {
        String sentence = "根据《中华人民共和国法律援助法》（以下简称《法律援助法》）第四十三条，"
                + "本中心于2026年11月3日（星期二）受理；经审查：“符合条件”……决定给予法律援助！【附】〔2026〕12号。";
        for (int width = 3; width <= 30; width++) {
            List<String> lines = breaker.wrap(sentence, width, width);
            assertRules(lines);
            assertEquals(sentence, String.join("", lines), "nothing lost at width " + width);
        }
    }

    /** No line but the first starts with closing punctuation; no line but the last ends with opening punctuation. */
    private static void assertRules(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) {
                assertFalse(LineBreaker.isNoLineStart(line), "line " + i + " starts with closing punctuation: " + lines);
            }
            if (i < lines.size() - 1) {
                assertFalse(LineBreaker.isNoLineEnd(line), "line " + i + " ends with opening punctuation: " + lines);
            }
        }
    }
}
