package org.legalaid.web.i18n;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Validation failures from the services are worded with the field's name as the user knows it")
class MessagesTest {

    private static ValidatorFactory factory;

    /** A day of the holiday calendar as the service takes it: the name is required. */
    record Day(@NotBlank String name, @NotBlank String placeholderWithoutText) {
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static List<String> describe(Locale locale, Object bean) {
        Validator validator = factory.getValidator();
        return Messages.describe(locale, new ConstraintViolationException(validator.validate(bean)));
    }

    @Test
    void aFieldWithATextIsNamedInTheUsersLanguage() {
        List<String> zh = describe(Locale.SIMPLIFIED_CHINESE, new Day("", "x"));
        assertEquals(1, zh.size());
        assertTrue(zh.get(0).startsWith("名称: "), zh.get(0));
        List<String> en = describe(Locale.ENGLISH, new Day(" ", "x"));
        assertTrue(en.get(0).startsWith("Name: "), en.get(0));
    }

    @Test
    void aFieldWithoutATextKeepsItsOwnName() {
        List<String> zh = describe(Locale.SIMPLIFIED_CHINESE, new Day("元旦", ""));
        assertTrue(zh.get(0).startsWith("placeholderWithoutText: "), zh.get(0));
    }
}
