package org.legalaid.organisation;

import org.legalaid.shared.BusinessException;

import java.util.Locale;

/**
 * The password rule for staff accounts, following the common 等级保护 (MLPS 2.0) baseline for
 * government systems: at least 10 characters, at most 128, at least three of the four character
 * classes (upper case, lower case, digit, symbol), and not containing the user name. Chinese
 * characters, which have no case, count with the symbols.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CLASSES = 3;

    private PasswordPolicy() {
    }

    private static boolean isSymbolOrUncasedLetter(int c) {
        return !Character.isLetterOrDigit(c)
                || (Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c));
    }

    /** Throws a {@link BusinessException} naming the first rule the password breaks. */
    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("password.tooLong", MAX_LENGTH);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(PasswordPolicy::isSymbolOrUncasedLetter) ? 1 : 0;
        if (classes < MIN_CLASSES) {
            throw new BusinessException("password.tooSimple", MIN_CLASSES);
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new BusinessException("password.containsUsername");
        }
    }
}
