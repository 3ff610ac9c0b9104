package org.legalaid.complaints;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptNumberTest {

    @Test
    @DisplayName("A receipt number is random, carries a check character that catches a mistyped or swapped character, and reads back in any case")
    void randomWithCheckCharacter() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String n = ReceiptNumber.next();
            assertEquals(n, ReceiptNumber.normalise(n));
            assertEquals(n, ReceiptNumber.normalise(" " + n.toLowerCase() + " "));
            assertTrue(seen.add(n));
            char[] chars = n.toCharArray();
            char first = chars[3];
            chars[3] = ReceiptNumber.ALPHABET.charAt((ReceiptNumber.ALPHABET.indexOf(first) + 1) % ReceiptNumber.ALPHABET.length());
            assertNull(ReceiptNumber.normalise(new String(chars)), "one character changed");
            char[] swapped = n.toCharArray();
            if (swapped[3] != swapped[4]) {
                swapped[3] = n.charAt(4);
                swapped[4] = n.charAt(3);
                assertNull(ReceiptNumber.normalise(new String(swapped)), "two characters swapped");
            }
        }
        assertNull(ReceiptNumber.normalise("TS-0000-0000-0"));
        assertNull(ReceiptNumber.normalise("<script>"));
        assertNotNull(ReceiptNumber.normalise(ReceiptNumber.format("23456789")));
    }
}
