package org.legalaid.organisation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalaid.shared.BusinessException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Password policy and hashing")
class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "Short1!, password.tooShort",
            "alllowercaseletters, password.tooSimple",
            "ALLUPPER12345, password.tooSimple",
            "Zhangsan-2026x, password.containsUsername"
    })
    void refusesWeakPasswords(String password, String key) {
        BusinessException e = assertThrows(BusinessException.class, () -> PasswordPolicy.check(password, "zhangsan"));
        assertEquals(key, e.messageKey());
    }

    @Test
    void refusesOverlongPasswords() {
        assertEquals("password.tooLong", assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("Aa1!".repeat(40), "x")).messageKey());
    }

    @Test
    void acceptsTenCharactersOfThreeClasses() {
        assertDoesNotThrow(() -> PasswordPolicy.check("Legal-aid9", "zhangsan"));
        assertDoesNotThrow(() -> PasswordPolicy.check("法律援助abc12345", "zhangsan"));
    }

    @Test
    void hashVerifiesOnlyTheSamePasswordAndIsSalted() {
        String h1 = PasswordHasher.hash("Legal-aid9");
        String h2 = PasswordHasher.hash("Legal-aid9");
        assertNotEquals(h1, h2, "each hash has its own salt");
        assertTrue(PasswordHasher.verify("Legal-aid9", h1));
        assertFalse(PasswordHasher.verify("legal-aid9", h1));
        assertFalse(PasswordHasher.verify("Legal-aid9", "garbage"));
        assertFalse(PasswordHasher.needsRehash(h1));
        assertTrue(PasswordHasher.needsRehash("pbkdf2-sha256$1000$AAAA$AAAA"));
        assertFalse(PasswordHasher.verify("anything", PasswordHasher.decoy()));
    }
}
