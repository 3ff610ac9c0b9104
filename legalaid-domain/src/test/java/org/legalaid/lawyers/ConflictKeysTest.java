package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictKeysTest {

    @Test
    @DisplayName("The ID number keys a person whatever the name; without it, the name without spaces and the birth date")
    void keys() {
        assertEquals("ID:11010519491231002X", ConflictKeys.of("李四", "11010519491231002x", null));
        assertEquals(ConflictKeys.of("李 四", null, LocalDate.of(1980, 1, 2)), ConflictKeys.of("李四", null, LocalDate.of(1980, 1, 2)));
        assertEquals("NB:李四|1980-01-02", ConflictKeys.of(" 李四 ", null, LocalDate.of(1980, 1, 2)));
        assertEquals("NB:某公司|?", ConflictKeys.of("某公司", null, null));
        assertNotEquals(ConflictKeys.of("李四", null, LocalDate.of(1980, 1, 2)), ConflictKeys.of("李四", null, LocalDate.of(1981, 1, 2)));
        assertTrue(ConflictKeys.of("买买提·艾力".repeat(7), null, LocalDate.of(1980, 1, 2)).length() <= ConflictKeys.KEY_MAX);
    }
}
