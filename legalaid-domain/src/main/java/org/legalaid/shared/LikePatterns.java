package org.legalaid.shared;

/**
 * Patterns for JPQL {@code LIKE ... ESCAPE '\'} that match what a user typed literally: the
 * wildcards {@code %} and {@code _} in the text lose their meaning.
 */
public final class LikePatterns {

    /** The escape character the queries declare. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** A pattern matching any value that contains {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
