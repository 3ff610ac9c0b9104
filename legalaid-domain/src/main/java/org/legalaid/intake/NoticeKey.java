package org.legalaid.intake;

import java.util.Objects;

/**
 * What makes two notices the same notice: the notifying organ and the number of its own document
 * (e.g. 青岛市市南区人民法院, （2026）鲁0203刑初123号). An organ's system that retries, or a clerk
 * typing the paper notice the organ already sent online, gives the same pair — but not always in
 * the same characters. So the pair is compared in a normal form: spaces dropped, full-width
 * letters, digits and punctuation (from a Chinese input method) made half-width, and every kind of
 * bracket that documents use around the year — （）, 〔〕, 【】, 〖〗, [] — made ( ), Latin letters
 * upper-case; invisible characters — format characters such as the zero-width space U+200B, the
 * byte-order mark U+FEFF, the soft hyphen U+00AD, the word joiner U+2060, the zero-width non-joiner
 * U+200C, direction marks and overrides — and control characters dropped, so that a number cannot
 * pass for a new notice (with a new 3-day clock) by characters nobody sees (issue 19). Normalising
 * never lengthens a text, so a key fits the column of its text.
 *
 * @param organ    the organ's name, normalised
 * @param document the document number, normalised
 */
public record NoticeKey(String organ, String document) {

    public NoticeKey {
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(document, "document");
    }

    public static NoticeKey of(String organName, String documentNumber) {
        return new NoticeKey(normalise(organName), normalise(documentNumber));
    }

    /** The normal form of an organ name or document number; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL) {
                return;
            }
            int half = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
            switch (half) {
                case '[', '〔', '【', '〖', '{' -> out.append('(');
                case ']', '〕', '】', '〗', '}' -> out.append(')');
                default -> out.appendCodePoint(Character.toUpperCase(half));
            }
        });
        return out.toString();
    }
}
