package org.legalaid.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the screens. Chinese unless the user chose English; the choice is kept in a
 * cookie rather than in the session, so that the (stateless) login page can switch language
 * without creating a session for an anonymous visitor.
 */
@Named
@RequestScoped
public class LocaleBean {

    public static final String COOKIE = "legalaid_lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie(FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap());
        }
        return locale;
    }

    /** The language for a request, from its cookies (used by the REST layer too). */
    public static Locale fromCookie(Map<String, Object> cookies) {
        Object c = cookies.get(COOKIE);
        return c instanceof Cookie cookie && "en".equals(cookie.getValue()) ? Locale.ENGLISH : CHINESE;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(getLanguage());
    }

    /** Switches to {@code language} ("zh" or "en") and reloads the current page. */
    public void switchTo(String language) throws IOException {
        String value = "en".equals(language) ? "en" : "zh";
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        ec.addResponseCookie(COOKIE, value, Map.of("maxAge", 365 * 24 * 3600, "path", ec.getRequestContextPath(),
                "httpOnly", true));
        locale = "en".equals(value) ? Locale.ENGLISH : CHINESE;
        faces.getViewRoot().setLocale(locale);
        String uri = ((jakarta.servlet.http.HttpServletRequest) ec.getRequest()).getRequestURI();
        ec.redirect(uri);
    }
}
