package org.legalaid.shared.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a paragraph into lines that fit a width. Chinese may break between any two characters;
 * a run of Latin letters and digits (a word, a number, {@code 2026-11}) stays together unless it
 * is longer than a line. The rules of Chinese typesetting (避头尾, GB/T 15834-2011 usage of
 * punctuation, as set out in the W3C's "Requirements for Chinese Text Layout" 3.1.7): a line
 * never starts with the punctuation that closes or follows something — 。，、；：？！ and their
 * kind, closing brackets and quotes ）」』》〉】〕〗, ellipsis, dash, interpuncts — and never ends
 * with the punctuation that opens something — （「『《〈【〔〖 and opening quotes. Where the break
 * would fall on one of them, the characters before it go down to the next line with it (a run of
 * closing punctuation moves as a whole, together with the character it follows). Where no such
 * place exists in the line (a character followed by more closing marks than the line holds), one
 * closing mark hangs into the right margin (悬挂); only a line of nothing but punctuation is then
 * broken where it overflows, as there is no better place.
 */
final class LineBreaker {

    /** Punctuation that must not begin a line (行首禁则). */
    static final String NO_LINE_START = "。，、；：？！）」』》〉】〕〗〙〛’”…—～·・‐–％‰℃°"
            + "．｡､｣，：；？！）］｝｠＂＇ゝゞ々〻.,;:!?)]}%";
    /** Punctuation that must not end a line (行尾禁则). */
    static final String NO_LINE_END = "（「『《〈【〔〖〘〚‘“［｛｟｢([{￥＄";

    /**
     * What a line may exceed its width by, for rounding: the widths of the characters one by one
     * add up to a hair more than the width of the same text measured whole, so a label exactly as
     * wide as the longest label (承办法律服务工作者：) would otherwise lose its last character to the
     * next line. A hundredth of a point is invisible.
     */
    private static final double SLACK = 0.01;

    private final ToDoubleFunction<String> width;

    /** @param width the printed width of a piece of text, in the same unit as the line widths */
    LineBreaker(ToDoubleFunction<String> width) {
        this.width = width;
    }

    /**
     * The lines of {@code text}: the first at most {@code firstWidth} wide (e.g. less the
     * indent), the others at most {@code width} wide. Spaces at a break are dropped.
     */
    List<String> wrap(String text, double firstWidth, double otherWidth) {
        List<String> tokens = tokens(text);
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        double used = 0;
        double limit = firstWidth;
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (t.equals(" ") && line.isEmpty()) {
                i++;
                continue;
            }
            double w = width.applyAsDouble(t);
            if (used + w <= limit + SLACK) {
                line.add(t);
                used += w;
                i++;
                continue;
            }
            if (t.equals(" ")) {
                // A space at the break: dropped, unless what follows may not start a line.
                int next = i + 1;
                if (next >= tokens.size() || !isNoLineStart(tokens.get(next))) {
                    lines.add(join(line));
                    line = new ArrayList<>();
                    used = 0;
                    limit = otherWidth;
                    i++;
                    continue;
                }
            }
            if (t.codePointCount(0, t.length()) > 1 && w > otherWidth) {
                // A word longer than a line: break it between its characters.
                tokens.remove(i);
                tokens.addAll(i, characters(t));
                continue;
            }
            if (line.isEmpty()) {
                // A single character wider than the line: it goes alone.
                line.add(t);
                used += w;
                i++;
                continue;
            }
            int real = i;
            while (real < tokens.size() - 1 && tokens.get(real).equals(" ")) {
                real++;
            }
            int k = breakPoint(line, tokens.get(real));
            if (k < 0) {
                if (used <= limit + SLACK && isNoLineStart(t) && t.codePointCount(0, t.length()) == 1) {
                    // Nowhere to break before it: one closing mark hangs into the margin (悬挂).
                    line.add(t);
                    used += w;
                    i++;
                    continue;
                }
                k = line.size();
            }
            List<String> carried = new ArrayList<>(line.subList(k, line.size()));
            lines.add(join(line.subList(0, k)));
            while (!carried.isEmpty() && carried.get(0).equals(" ")) {
                carried.remove(0);
            }
            line = carried;
            used = carried.stream().mapToDouble(width).sum();
            limit = otherWidth;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(join(line));
        }
        return lines;
    }

    /**
     * Where to end the line {@code line} when {@code next} does not fit after it: the largest
     * {@code k} such that {@code line[0..k)} ends with something that may end a line and
     * {@code line[k..] + next} starts with something that may start one; -1 when there is none
     * (the line is one character followed by closing punctuation, or punctuation only).
     */
    private static int breakPoint(List<String> line, String next) {
        for (int k = line.size(); k >= 1; k--) {
            String first = next;
            for (int j = k; j < line.size(); j++) {
                if (!line.get(j).equals(" ")) {
                    first = line.get(j);
                    break;
                }
            }
            String last = null;
            for (int j = k - 1; j >= 0; j--) {
                if (!line.get(j).equals(" ")) {
                    last = line.get(j);
                    break;
                }
            }
            if (last != null && !isNoLineStart(first) && !isNoLineEnd(last)) {
                return k;
            }
        }
        return -1;
    }

    private static String join(List<String> line) {
        StringBuilder b = new StringBuilder();
        line.forEach(b::append);
        return b.toString().stripTrailing();
    }

    /** Whether a line may not start with {@code token} (its first character; a word counts by its first letter). */
    static boolean isNoLineStart(String token) {
        return !token.isEmpty() && NO_LINE_START.indexOf(token.codePointAt(0)) >= 0;
    }

    /** Whether a line may not end with {@code token} (its last character). */
    static boolean isNoLineEnd(String token) {
        return !token.isEmpty() && NO_LINE_END.indexOf(token.codePointBefore(token.length())) >= 0;
    }

    /** Words (runs of Latin letters, digits and their punctuation), single spaces, and single other characters. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                flush(word, tokens);
                if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(" ")) {
                    tokens.add(" ");
                }
            } else if (isWordCharacter(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(cp)));
            }
        });
        flush(word, tokens);
        return tokens;
    }

    /** Latin, Greek, Cyrillic letters, digits and ASCII punctuation: what breaks only at spaces. */
    private static boolean isWordCharacter(int cp) {
        return cp < 0x2000 && !Character.isWhitespace(cp);
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static List<String> characters(String word) {
        return word.codePoints().mapToObj(cp -> new String(Character.toChars(cp))).toList();
    }
}
