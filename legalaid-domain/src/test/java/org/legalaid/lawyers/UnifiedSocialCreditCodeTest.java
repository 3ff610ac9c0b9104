package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalaid.shared.BusinessException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Published codes: 11110000000029209E is 北京市司法局 (on the Beijing government service portal
 * banshi.beijing.gov.cn); 91440300708461136T 深圳市腾讯计算机系统有限公司, 91330100799655058B
 * 阿里巴巴（中国）有限公司 and 914403001922038216 华为技术有限公司, as printed on their business
 * licences. Worked by hand for the organisation code of Tencent, 70846113-6:
 * 7·3 + 0·7 + 8·9 + 4·10 + 6·5 + 1·8 + 1·4 + 3·2 = 181; 181 mod 11 = 5; 11 − 5 = 6.
 */
@DisplayName("Unified social credit code (GB 32100-2015, organisation code GB 11714)")
class UnifiedSocialCreditCodeTest {

    private static String refusal(String raw) {
        return assertThrows(BusinessException.class, () -> UnifiedSocialCreditCode.parse(raw)).messageKey();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11110000000029209E", "91440300708461136T", "91330100799655058B", "914403001922038216"})
    @DisplayName("GB 32100: published codes of a justice bureau and well-known companies are accepted")
    void acceptsPublishedCodes(String code) {
        assertEquals(code, UnifiedSocialCreditCode.parse(code).value());
    }

    @Test
    @DisplayName("GB 32100: the weights are 3^i mod 31 over the first 17 characters")
    void weightsArePowersOfThreeModulo31() {
        int[] expected = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int[] actual = new int[17];
        for (int i = 0; i < 17; i++) {
            // the weight of position i is the check contribution of value 1 at that position
            StringBuilder s = new StringBuilder("00000000000000000");
            s.setCharAt(i, '1');
            int c = UnifiedSocialCreditCode.ALPHABET.indexOf(UnifiedSocialCreditCode.checkCharacter(s));
            actual[i] = (31 - c) % 31;
        }
        assertArrayEquals(expected, actual);
        assertEquals(31, UnifiedSocialCreditCode.ALPHABET.length());
    }

    @Test
    @DisplayName("GB 32100 / GB 11714: the parts of a code")
    void splitsTheCodeIntoItsParts() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("11110000000029209E");
        assertEquals('1', code.registrationAuthority());
        assertEquals('1', code.organisationType());
        assertEquals("110000", code.divisionCode());
        assertEquals("000029209", code.organisationCode());
        assertFalse(code.isRegisteredByJusticeAdministration());
    }

    @Test
    @DisplayName("GB 32100: a law firm's code (authority 3 司法行政, type 1) built with both checks is accepted")
    void acceptsALawFirmCode() {
        String body = "31370200" + "E0001234";
        String first17 = body + UnifiedSocialCreditCode.organisationCheckCharacter("E0001234");
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        assertTrue(UnifiedSocialCreditCode.parse(code).isRegisteredByJusticeAdministration());
    }

    @Test
    @DisplayName("GB 32100: spaces, full-width characters and lower case are read as the code")
    void readsTheCodeAsTyped() {
        assertEquals("91440300708461136T", UnifiedSocialCreditCode.parse(" ９１４４０３００ 708461136t ").value());
    }

    @Test
    @DisplayName("GB 32100: one wrong character fails the check character")
    void refusesOneWrongCharacter() {
        // Alibaba's code with its last character B → C
        assertEquals("lawyers.creditCode.checkCharacter", refusal("91330100799655058C"));
        // 2nd character 1 → 2: the organisation code is untouched, only the 18th check catches it
        assertEquals("lawyers.creditCode.checkCharacter", refusal("92440300708461136T"));
    }

    @Test
    @DisplayName("GB 11714: a wrong character in the organisation code fails its own check")
    void refusesAWrongOrganisationCode() {
        assertEquals("lawyers.creditCode.organisationCheck", refusal("91440300708461126T"));
    }

    @Test
    @DisplayName("GB 32100: 18 characters")
    void refusesAWrongLength() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> UnifiedSocialCreditCode.parse("9144030070846113"));
        assertEquals("lawyers.creditCode.length", e.messageKey());
        assertArrayEquals(new Object[]{18, 16}, e.arguments());
        assertEquals("lawyers.creditCode.length", refusal(null));
        assertEquals("lawyers.creditCode.length", refusal(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "Z", "S", "V", "-"})
    @DisplayName("GB 32100: I, O, Z, S, V and other characters are not in the code's alphabet")
    void refusesCharactersOutsideTheAlphabet(String bad) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> UnifiedSocialCreditCode.parse("9144030070846113" + bad + "T"));
        assertEquals("lawyers.creditCode.character", e.messageKey());
        assertArrayEquals(new Object[]{17, bad}, e.arguments());
    }

    @Test
    @DisplayName("GB 32100: characters 3–8 are a GB/T 2260 division code, digits only")
    void refusesLettersInTheDivisionCode() {
        assertEquals("lawyers.creditCode.division", refusal("9144A300708461136T"));
    }
}
