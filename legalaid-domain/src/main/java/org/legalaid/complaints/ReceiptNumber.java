package org.legalaid.complaints;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The number a complaint is known by, and with which the complainant asks for its state without
 * signing in: {@code TS-XXXX-XXXX-C}, eight random characters of an alphabet without look-alikes
 * (no 0/O, 1/I/L) and a check character (mod 31 over weighted positions) that catches a mistyped
 * or swapped character. 31⁸ ≈ 8.5 × 10¹¹ numbers: a number cannot be guessed or counted up to another
 * complaint's, and the public look-up is limited per address besides.
 */
public final class ReceiptNumber {

    public static final int LENGTH = 14;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptNumber() {
    }

    /** A fresh random number with its check character. */
    public static String next() {
        StringBuilder body = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return format(body.toString());
    }

    static String format(String body) {
        return "TS-" + body.substring(0, 4) + "-" + body.substring(4) + "-" + check(body);
    }

    private static char check(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 2) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }

    /**
     * The number in its canonical form (upper case, spaces removed), or null when it is not a
     * well-formed number with a right check character.
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (s.length() != LENGTH || !s.startsWith("TS-") || s.charAt(7) != '-' || s.charAt(12) != '-') {
            return null;
        }
        String body = s.substring(3, 7) + s.substring(8, 12);
        for (char c : body.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return format(body).equals(s) ? s : null;
    }
}
