package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码) of a law firm, a basic legal service office or
 * any other organisation, per GB 32100-2015 (法人和其他组织统一社会信用代码编码规则):
 * <pre>
 *   1 1 110000 00002920 9 E      (北京市司法局, as published on banshi.beijing.gov.cn)
 *   ^ ^ ^^^^^^ ^^^^^^^^ ^ ^
 *   | | |      |        | check character over the first 17 (GB/T 17710, ISO 7064 MOD 31-3)
 *   | | |      |        check character of the organisation code (GB 11714)
 *   | | |      organisation code 主体标识码 (GB 11714), 8 characters
 *   | | administrative division of the registering authority (GB/T 2260), 6 digits
 *   | organisation type 机构类别 (for 司法行政: 1 law firm 律师执业机构, 3 basic legal service office)
 *   registration authority 登记管理部门 (1 机构编制, 3 司法行政, 5 民政, 9 工商/市场监管, Y other …)
 * </pre>
 * Issue 4 asks the registry to validate the character set and the check character, so a
 * mistyped code never reaches the bank account and payment records that hang off a firm.
 *
 * <p>Characters: the 31 of {@value #ALPHABET} — digits and capital letters without I, O, Z, S
 * and V, which are too easily confused with 1, 0, 2, 5 and U. Each character has the value of its
 * position in that alphabet.
 *
 * <p>The 18th character: the sum of the first 17 values multiplied by the weights
 * 3<sup>i</sup> mod 31 (i = 0..16, i.e. 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10,
 * 30, 28), and C18 = 31 − (sum mod 31), where 31 becomes 0; C18 is the alphabet's character of
 * that value.
 *
 * <p>The 17th character is the GB 11714 check of the organisation code: the first 8 of its
 * characters (digits, letters as 10..35) weighted 3, 7, 9, 10, 5, 8, 4, 2, C9 = 11 − (sum mod 11),
 * where 10 is written X and 11 is written 0. It is checked too, with its own message, because a
 * wrong organisation code is what a clerk copying from an old 组织机构代码证 gets wrong.
 *
 * <p>Some codes issued in the 2015 pilot regions do not satisfy the check (the standard's
 * authority CODS lists them as valid anyway); such a firm must be entered by an administrator
 * who can correct the record — the registry does not accept them silently.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters of the code, in the order that gives their values 0..30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Length of a code. */
    public static final int LENGTH = 18;
    /** Registration authority 司法行政 (justice administration), GB 32100-2015 table 1. */
    public static final char AUTHORITY_JUSTICE = '3';

    private static final int[] WEIGHTS = new int[17];
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    static {
        int w = 1;
        for (int i = 0; i < WEIGHTS.length; i++) {
            WEIGHTS[i] = w;
            w = w * 3 % 31;
        }
    }

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Reads a code as typed or pasted: spaces are dropped, full-width characters become ASCII
     * (NFKC) and letters become capitals.
     *
     * @throws BusinessException {@code lawyers.creditCode.length} (18, actual length) unless 18
     *                           characters; {@code lawyers.creditCode.character} (position,
     *                           character) for a character outside {@link #ALPHABET};
     *                           {@code lawyers.creditCode.division} when characters 3–8 are not
     *                           digits; {@code lawyers.creditCode.organisationCheck} when the
     *                           17th character is not the GB 11714 check of the organisation
     *                           code; {@code lawyers.creditCode.checkCharacter} when the 18th is
     *                           not the GB 32100 check character
     */
    public static UnifiedSocialCreditCode parse(String raw) {
        String text = normalise(raw);
        if (text.length() != LENGTH) {
            throw new BusinessException("lawyers.creditCode.length", LENGTH, text.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw new BusinessException("lawyers.creditCode.character", i + 1, String.valueOf(text.charAt(i)));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (text.charAt(i) > '9') {
                throw new BusinessException("lawyers.creditCode.division", text.substring(2, 8));
            }
        }
        if (organisationCheckCharacter(text.substring(8, 16)) != text.charAt(16)) {
            throw new BusinessException("lawyers.creditCode.organisationCheck", text.substring(8, 17));
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            throw new BusinessException("lawyers.creditCode.checkCharacter");
        }
        return new UnifiedSocialCreditCode(text);
    }

    /**
     * The GB 32100-2015 check character of the first 17 characters.
     *
     * @throws IllegalArgumentException unless 17 characters of {@link #ALPHABET}
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a code character at position " + (i + 1));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character of the first 8 characters of an organisation code.
     *
     * @throws IllegalArgumentException unless 8 digits or capital letters
     */
    public static char organisationCheckCharacter(CharSequence first8) {
        if (first8.length() != 8) {
            throw new IllegalArgumentException("8 characters expected, got " + first8.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("not a digit or capital at position " + (i + 1));
            }
            sum += v * ORGANISATION_WEIGHTS[i];
        }
        int c9 = 11 - sum % 11;
        return c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The 18 characters, capitals. */
    public String value() {
        return value;
    }

    /** Character 1: the registration authority (3 = 司法行政). */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Character 2: the organisation type within the registration authority. */
    public char organisationType() {
        return value.charAt(1);
    }

    /** Characters 3–8: the registering authority's administrative division (GB/T 2260). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Characters 9–17: the organisation code (GB 11714) with its check character. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /**
     * True for codes registered by the justice administration (registration authority 3), as
     * law firms (type 1) and basic legal service offices (type 3) are. A firm whose code says
     * otherwise is worth a second look, but it is not refused: branch offices and firms
     * registered before 2016 may carry other codes.
     */
    public boolean isRegisteredByJusticeAdministration() {
        return registrationAuthority() == AUTHORITY_JUSTICE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
