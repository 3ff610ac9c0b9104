package org.legalaid.shared.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a paragraph into lines that fit a width. Chinese may break between any two characters;
 * a run of Latin letters and digits (a word, a number, {@code 2026-11}) stays together unless it
 * is longer than a line. The rules of Chinese typesetting (避头尾, GB/T 15834 usage): a line
 * never starts with closing punctuation such as 。，、；：？！）」》 — the last character of the
 * line before goes down with it — and never ends with an opening bracket such as （「《.
 */
final class LineBreaker {

    /** Punctuation that must not begin a line. */
    static final String NO_LINE_START = "。，、；：？！）」』》〉】〕〗’”…—～·％‰.,;:!?)]}%";
    /** Punctuation that must not end a line. */
    static final String NO_LINE_END = "（「『《〈【〔〖‘“([{";

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
            if (used + w <= limit + 1e-6 || line.isEmpty() && w <= limit + 1e-6) {
                line.add(t);
                used += w;
                i++;
                continue;
            }
            if (t.equals(" ")) {
                lines.add(join(line));
                line = new ArrayList<>();
                used = 0;
                limit = otherWidth;
                i++;
                continue;
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
                i++;
                continue;
            }
            List<String> carried = new ArrayList<>();
            if (isNoLineStart(t) && line.size() > 1 && !line.get(line.size() - 1).equals(" ")) {
                carried.add(0, line.remove(line.size() - 1));
            }
            while (line.size() > 1 && isNoLineEnd(line.get(line.size() - 1))) {
                carried.add(0, line.remove(line.size() - 1));
            }
            lines.add(join(line));
            line = carried;
            used = carried.stream().mapToDouble(width).sum();
            limit = otherWidth;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(join(line));
        }
        return lines;
    }

    private static String join(List<String> line) {
        StringBuilder b = new StringBuilder();
        line.forEach(b::append);
        return b.toString().stripTrailing();
    }

    private static boolean isNoLineStart(String token) {
        return token.codePointCount(0, token.length()) == 1 && NO_LINE_START.contains(token);
    }

    private static boolean isNoLineEnd(String token) {
        return token.codePointCount(0, token.length()) == 1 && NO_LINE_END.contains(token);
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
