package org.legalaid.shared;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.organisation.NewUnit;
import org.legalaid.organisation.UnitType;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Names refuse markup, overlong and empty text")
class PlainTextTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    /** A validator whose default language is {@code locale}, as the server's is zh_CN. */
    private static Validator validatorIn(Locale locale) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return Validation.buildDefaultValidatorFactory().getValidator();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesScriptTags() {
        assertFalse(PlainTextValidator.isPlain("<script>alert(1)</script>"));
        assertFalse(PlainTextValidator.isPlain("a\u0000b"));
        assertTrue(PlainTextValidator.isPlain("朝阳区法律援助中心 (第2站)\n"));
    }

    @Test
    void aUnitNameWithMarkupIsRefusedWithAChineseMessage() {
        var violations = validatorIn(Locale.SIMPLIFIED_CHINESE).validate(new NewUnit("DA-1", "<b>中心</b>", UnitType.DISTRICT_CENTRE, 1L));
        assertEquals(1, violations.size());
        assertEquals("不能包含尖括号 < > 或控制字符", violations.iterator().next().getMessage());
    }

    @Test
    void theSameRuleSpeaksEnglishToAnEnglishServer() {
        var violations = validatorIn(Locale.UK).validate(new NewUnit("DA-1", "<b>x</b>", UnitType.DISTRICT_CENTRE, 1L));
        assertEquals("must not contain angle brackets < > or control characters", violations.iterator().next().getMessage());
    }

    @Test
    void refusesOverlongAndEmptyNamesAndBadCodes() {
        assertEquals(1, validator.validate(new NewUnit("DA-1", "中".repeat(101), UnitType.DISTRICT_CENTRE, 1L)).size());
        assertEquals(1, validator.validate(new NewUnit("DA-1", "  ", UnitType.DISTRICT_CENTRE, 1L)).size());
        assertEquals(1, validator.validate(new NewUnit("da 1", "中心", UnitType.DISTRICT_CENTRE, 1L)).size());
        assertEquals(0, validator.validate(new NewUnit("DA-1", "中".repeat(100), UnitType.DISTRICT_CENTRE, 1L)).size());
    }
}
