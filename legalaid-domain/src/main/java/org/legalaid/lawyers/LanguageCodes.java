package org.legalaid.lawyers;

/**
 * Codes for the languages a lawyer speaks and a client needs: ISO 639-1 where it has one, ISO
 * 639-3 otherwise. Legal aid serves clients who need sign language (LAL art. 25 covers blind,
 * deaf and mute defendants) and users of the minority languages, which the Constitution (art.
 * 139) entitles to proceedings in their own language. Plain strings, so the administrator can
 * add a language without a release.
 */
public final class LanguageCodes {

    public static final String MANDARIN = "zh";
    /** Chinese Sign Language 中国手语 (ISO 639-3). */
    public static final String CHINESE_SIGN_LANGUAGE = "csl";
    public static final String CANTONESE = "yue";
    public static final String UYGHUR = "ug";
    public static final String TIBETAN = "bo";
    public static final String MONGOLIAN = "mn";
    public static final String ZHUANG = "za";
    public static final String YI = "ii";
    public static final String KOREAN = "ko";
    public static final String ENGLISH = "en";

    private LanguageCodes() {
    }

    public static String labelKey(String code) {
        return "language." + code;
    }
}
