package org.legalaid.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Search text is matched literally in LIKE queries")
class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterInTheTextAreEscaped() {
        assertEquals("%clerk\\_a%", LikePatterns.containing("clerk_a"));
        assertEquals("%100\\%%", LikePatterns.containing("100%"));
        assertEquals("%a\\\\b%", LikePatterns.containing("a\\b"));
        assertEquals("%张三%", LikePatterns.containing("张三"));
    }
}
