package org.legalaid.web.security;

import java.util.Locale;

/** The language of API answers: Chinese unless the Accept-Language header asks for English. */
public final class Problems {

    private Problems() {
    }

    public static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
