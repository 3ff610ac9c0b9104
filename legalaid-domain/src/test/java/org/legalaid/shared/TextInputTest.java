package org.legalaid.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("One normalisation of every text that enters (issue 19)")
class TextInputTest {

    @Test
    @DisplayName("a value of only ideographic spaces is no value")
    void onlyIdeographicSpacesIsNoValue() {
        assertEquals("", TextInput.normalise("\u3000\u3000"));
        assertNull(TextInput.normaliseToNull("\u3000 \u00A0"));
        assertEquals("张三", TextInput.normalise("\u3000张三\u3000"));
    }

    @ParameterizedTest(name = "U+{0} is dropped")
    @ValueSource(strings = {"200B", "FEFF", "00AD", "2060", "200C", "200D", "200E", "200F"})
    void invisibleCharactersAreDropped(String hex) {
        String invisible = new String(Character.toChars(Integer.parseInt(hex, 16)));
        assertEquals("张三", TextInput.normalise("张" + invisible + "三"));
    }

    @ParameterizedTest(name = "U+{0} is refused")
    @ValueSource(strings = {"202E", "202D", "202A", "2066", "2069", "0000", "001B", "007F"})
    void overridesAndControlCharactersAreRefused(String hex) {
        String c = new String(Character.toChars(Integer.parseInt(hex, 16)));
        assertFalse(TextInput.isAcceptable(TextInput.normalise("abc" + c + "def")));
    }

    @Test
    void tabsAndLineBreaksStayAcceptable() {
        assertTrue(TextInput.isAcceptable("第一行\n第二行\r\n\t缩进"));
    }

    @Test
    @DisplayName("NFC: a decomposed letter is the composed one")
    void normalisesToNfc() {
        assertEquals("\u00E9", TextInput.normalise("e\u0301"));
    }
}
