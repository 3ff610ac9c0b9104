package org.legalaid.shared;

import java.text.Normalizer;

/**
 * The one normalisation of every text that enters the system — through the API (its JSON reader),
 * the forms (a converter for every text field) and the file imports (issue 19: a name of only
 * U+3000 passed as not blank and stored an empty name; a U+202E override and zero-width characters
 * were stored and shown as they were, so a name could display as something it is not):
 * <ol>
 *   <li>Unicode NFC, so the same word is the same characters however it was typed;</li>
 *   <li>invisible characters dropped: zero-width space, non-joiner and joiner, word joiner,
 *   byte-order mark, soft hyphen, and the left-to-right / right-to-left marks;</li>
 *   <li>white space at both ends stripped, the ideographic space U+3000 and no-break spaces
 *   included;</li>
 *   <li>refused ({@link #isAcceptable} false): control characters other than tab, line feed and
 *   carriage return, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *   U+2066–U+2069), which reorder what is shown.</li>
 * </ol>
 */
public final class TextInput {

    private TextInput() {
    }

    /** The normalised text (steps 1–3); null stays null. Check {@link #isAcceptable} on the result. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
        return strip(out);
    }

    /** Whether a text holds nothing refused: no control character but tab and line breaks, no bidi override or isolate. */
    public static boolean isAcceptable(CharSequence text) {
        return text == null || text.codePoints().noneMatch(TextInput::isRefused);
    }

    /** The normalised text, or null when it is empty after normalisation (a value of only spaces is no value). */
    public static String normaliseToNull(String text) {
        String n = normalise(text);
        return n == null || n.isEmpty() ? null : n;
    }

    static boolean isInvisible(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD
                || c == 0x200E || c == 0x200F;
    }

    static boolean isRefused(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String strip(StringBuilder s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
