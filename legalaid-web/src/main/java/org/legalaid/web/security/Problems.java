package org.legalaid.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import org.legalaid.web.i18n.Messages;

import java.util.Locale;

/**
 * RFC 9457 problem documents written outside JAX-RS (by the authentication mechanism).
 * The language follows the request's Accept-Language: Chinese unless English is asked for.
 */
public final class Problems {

    private Problems() {
    }

    public static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    static String json(HttpServletRequest request, int status, String reasonKey) {
        Locale locale = locale(request.getHeader("Accept-Language"));
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.text(locale, "api.status." + status))
                .add("status", status)
                .add("detail", Messages.text(locale, reasonKey))
                .add("instance", request.getRequestURI())
                .build().toString();
    }
}
