package org.legalaid.intake;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalaid.shared.BusinessException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Vectors were computed with {@link ResidentIdNumber#checkCharacter} and two checked by hand:
 * <pre>
 * 11010519491231002X (the example of GB 11643-1999 itself)
 *   digits  1 1  0 1 0 5 1 9 4 9 1 2  3 1 0 0 2
 *   weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
 *   7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → "10X98765432"[2] = X
 * 37028119600515101X
 *   digits  3 7  0 2 8 1 1 9 6 0 0 5  1 5 1 0 1
 *   21+63+0+10+64+4+2+9+36+0+0+45+10+25+8+0+2 = 299; 299 mod 11 = 2 → X
 * 370202198506121234
 *   21+63+0+10+0+8+2+9+48+15+0+54+10+10+8+8+6 = 272; 272 mod 11 = 8 → "10X98765432"[8] = 4
 * </pre>
 */
@DisplayName("Resident identity number (GB 11643-1999)")
class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static String refusal(String raw, LocalDate today) {
        return assertThrows(BusinessException.class, () -> ResidentIdNumber.parse(raw, today)).messageKey();
    }

    @Test
    @DisplayName("the standard's own example: female, born 1949-12-31, check character X")
    void readsTheStandardsExample() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.FEMALE, id.sex());
        assertEquals("110105", id.regionCode());
    }

    @ParameterizedTest(name = "{0}: born {1}, {2}")
    @CsvSource({
            "370202198506121234, 1985-06-12, MALE",
            "37028119600515101X, 1960-05-15, MALE",
            "44030420120630104X, 2012-06-30, FEMALE",
            "37020219851107118X, 1985-11-07, FEMALE",
            "37021219610305101X, 1961-03-05, MALE",
            "370202200002290042, 2000-02-29, FEMALE",
            "320106197001010033, 1970-01-01, MALE",
            "510107201010010052, 2010-10-01, MALE"
    })
    @DisplayName("birth date and sex (odd sequence digit = male) derive from a valid number")
    void derivesBirthDateAndSexFromTheNumber(String raw, LocalDate birth, Sex sex) {
        ResidentIdNumber id = ResidentIdNumber.parse(raw, TODAY);
        assertEquals(raw, id.value());
        assertEquals(birth, id.birthDate());
        assertEquals(sex, id.sex());
        assertEquals(raw.substring(0, 6), id.regionCode());
    }

    @Test
    void computesTheCheckCharacterByIso7064Mod11_2() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertEquals('X', ResidentIdNumber.checkCharacter("37028119600515101"));
        assertEquals('4', ResidentIdNumber.checkCharacter("37020219850612123"));
        assertEquals('3', ResidentIdNumber.checkCharacter("32010619700101003"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkCharacter("3701"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkCharacter("3702021985061212X"));
    }

    @Test
    void acceptsALowerCaseX() {
        assertEquals("37028119600515101X", ResidentIdNumber.parse("37028119600515101x", TODAY).value());
    }

    @Test
    void stripsSpacesAndReadsFullWidthCharacters() {
        assertEquals("370202198506121234", ResidentIdNumber.parse(" 370202 19850612 1234 ", TODAY).value());
        assertEquals("370202198506121234", ResidentIdNumber.parse("370202\u300019850612\u30001234", TODAY).value(),
                "ideographic spaces from a Chinese input method");
        assertEquals("44030420120630104X", ResidentIdNumber.parse("４４０３０４２０１２０６３０１０４ｘ", TODAY).value(),
                "full-width digits and x");
    }

    @Test
    void numbersDifferingOnlyInTheCaseOfXAreEqual() {
        assertEquals(ResidentIdNumber.parse("37028119600515101x", TODAY), ResidentIdNumber.parse("37028119600515101X", TODAY));
        assertEquals(ResidentIdNumber.parse("37028119600515101x", TODAY).hashCode(),
                ResidentIdNumber.parse("37028119600515101X", TODAY).hashCode());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "37020219850612123",       // 17 characters
            "3702021985061212345",     // 19 characters
            "370202850612123",         // the withdrawn 15-digit first-generation format
            "37020219850612123A",      // a letter other than X
            "3702021985061212X4",      // X not at the end
            "37020219850612-1234"      // a hyphen: only spaces are stripped
    })
    void refusesTheWrongLengthOrCharacters(String raw) {
        assertEquals("intake.residentId.format", refusal(raw, TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "370202198506121235",      // last character mistyped
            "370202198506121244",      // one digit of the sequence mistyped
            "370202198560121234",      // two adjacent digits swapped (06 → 60)
            "110105194912310020"       // X replaced by 0
    })
    void refusesAWrongCheckCharacter(String raw) {
        assertEquals("intake.residentId.checkCharacter", refusal(raw, TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "370211199002300010",      // 30 February 1990, check character correct
            "370202198513011236",      // month 13
            "370202198506311230"       // 31 June
    })
    void refusesAnImpossibleBirthDate(String raw) {
        assertEquals("intake.residentId.birthDateInvalid", refusal(raw, TODAY));
    }

    @Test
    void refusesABirthDateAfterToday() {
        assertEquals("intake.residentId.birthDateInFuture", refusal("370202203012310020", TODAY));
        assertEquals("intake.residentId.birthDateInFuture", refusal("370202202603150028", TODAY.minusDays(1)));
    }

    @Test
    void acceptsABabyBornToday() {
        ResidentIdNumber id = ResidentIdNumber.parse("370202202603150028", TODAY);
        assertEquals(0, id.ageOn(TODAY));
    }

    @Test
    void refusesABirthBefore1900AndAcceptsTheFirstOfJanuary1900() {
        assertEquals("intake.residentId.birthDateBefore1900", refusal("370202189912310052", TODAY));
        assertEquals("intake.residentId.birthDateBefore1900", refusal("440524188001010014", TODAY),
                "GB 11643's own example of 1880 has a valid check character");
        assertEquals(LocalDate.of(1900, 1, 1), ResidentIdNumber.parse("370202190001010073", TODAY).birthDate());
    }

    @Test
    void ageIsCompletedOnTheBirthday() {
        ResidentIdNumber id = ResidentIdNumber.parse("37021219610305101X", TODAY);
        assertEquals(64, id.ageOn(LocalDate.of(2026, 3, 4)));
        assertEquals(65, id.ageOn(LocalDate.of(2026, 3, 5)));
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayIsCompletedOnTheFirstOfMarchInCommonYears() {
        ResidentIdNumber id = ResidentIdNumber.parse("370202200002290042", TODAY);
        assertEquals(17, id.ageOn(LocalDate.of(2018, 2, 28)));
        assertEquals(18, id.ageOn(LocalDate.of(2018, 3, 1)));
        assertEquals(20, id.ageOn(LocalDate.of(2020, 2, 29)));
    }

    @Test
    void refusesAnAgeBeforeBirth() {
        ResidentIdNumber id = ResidentIdNumber.parse("370202198506121234", TODAY);
        assertThrows(IllegalArgumentException.class, () -> id.ageOn(LocalDate.of(1985, 6, 11)));
    }

    @Test
    @DisplayName("the masked form shows the first 6 and last 4 characters, and is what toString gives")
    void masksTheBirthDateAndSequenceForDisplayAndLogs() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x", TODAY);
        assertEquals("110105********002X", id.masked());
        assertEquals(id.masked(), id.toString());
        assertFalse(id.toString().contains("19491231"));
    }
}
