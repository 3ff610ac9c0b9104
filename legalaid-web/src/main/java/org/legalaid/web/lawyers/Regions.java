package org.legalaid.web.lawyers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.legalaid.lawyers.LanguageCodes;
import org.legalaid.web.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The districts (GB/T 2260 administrative division codes) and languages the registry screens offer,
 * with their names from the message bundles ({@code region.<code>}, {@code language.<code>}). A code
 * without a name is shown as the code, so a firm registered elsewhere still reads correctly.
 */
@Named
@ApplicationScoped
public class Regions {

    /** The city's districts and county-level cities (青岛市). */
    private static final List<String> CODES = List.of(
            "370202", "370203", "370211", "370212", "370213", "370214", "370215", "370281", "370283", "370285");

    private static final List<String> LANGUAGES = List.of(
            LanguageCodes.CHINESE_SIGN_LANGUAGE, LanguageCodes.CANTONESE, LanguageCodes.UYGHUR, LanguageCodes.TIBETAN,
            LanguageCodes.MONGOLIAN, LanguageCodes.ZHUANG, LanguageCodes.YI, LanguageCodes.KOREAN, LanguageCodes.ENGLISH);

    public List<String> getCodes() {
        return CODES;
    }

    /**
     * The city's codes, and {@code current} after them when it is another (a firm or a region given
     * elsewhere), so that a picker by name never loses the value it was given.
     */
    public List<String> codesWith(String current) {
        if (current == null || current.isBlank() || CODES.contains(current)) {
            return CODES;
        }
        List<String> out = new java.util.ArrayList<>(CODES);
        out.add(current);
        return out;
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** "市南区" for 370202; the code itself when the bundle has no name for it. */
    public String name(String code) {
        return code == null ? "" : label("region." + code, code);
    }

    public String language(String code) {
        return code == null ? "" : label(LanguageCodes.labelKey(code), code);
    }

    private static String label(String key, String fallback) {
        Locale locale = org.legalaid.web.i18n.Messages.locale(FacesContext.getCurrentInstance());
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
