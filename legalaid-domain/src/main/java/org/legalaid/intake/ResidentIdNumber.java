package org.legalaid.intake;

import org.legalaid.shared.BusinessException;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A citizen identity number (公民身份号码) as printed on the 居民身份证, per GB 11643-1999:
 * <pre>
 *   370202 19850612 123 4
 *   ^^^^^^ ^^^^^^^^ ^^^ ^
 *   |      |        |   check character, ISO 7064 MOD 11-2
 *   |      |        sequence code; its last digit is odd for men, even for women
 *   |      birth date yyyyMMdd
 *   administrative division code (GB/T 2260) where the number was first issued
 * </pre>
 * docs/domain.md ("Case lifecycle" 2) asks for the number with its check digit, and derives the
 * birth date and sex from it, so an application never holds a birth date that contradicts its
 * number.
 *
 * <p>The check character: multiply the first 17 digits by the weights
 * 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, take the sum modulo 11, and map the remainder 0..10 to
 * {@code 1 0 X 9 8 7 6 5 4 3 2}. It catches every single wrong digit and every swap of two
 * adjacent digits, which is what a clerk typing from a card gets wrong.
 *
 * <p>Only the 18-character second-generation number is accepted; the 15-digit numbers of the
 * first generation were withdrawn in 2013. The numbers on residence permits for Hong Kong,
 * Macao and Taiwan residents (810000/820000/830000) have the same shape and are accepted. The
 * division code is not checked against GB/T 2260: codes are renamed and merged over the years,
 * and a number keeps the code it was issued with.
 *
 * <p>{@link #toString()} is the masked form, so the full number never reaches a log by
 * accident; {@link #value()} gives it where it is needed.
 */
public final class ResidentIdNumber {

    /** Length of a second-generation number. */
    public static final int LENGTH = 18;
    /** The earliest birth date accepted: the standard's century digits start at 19 in practice. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private static final List<Integer> WEIGHTS = List.of(7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2);
    private static final String CHECK_CHARACTERS = "10X98765432";

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Reads a number as a person types or pastes it: spaces anywhere are dropped, full-width
     * digits and letters (from a Chinese input method) become ASCII (Unicode NFKC), and a
     * lower-case trailing {@code x} becomes {@code X}.
     *
     * @param raw   what was typed
     * @param today the date of the application, against which a birth date in the future is
     *              refused
     * @throws BusinessException {@code intake.residentId.format} when it is not 17 digits
     *                           followed by a digit or X; {@code intake.residentId.checkCharacter}
     *                           when the check character does not match;
     *                           {@code intake.residentId.birthDateInvalid} when the birth date does
     *                           not exist (e.g. 19900230); {@code intake.residentId.birthDateInFuture}
     *                           after {@code today}; {@code intake.residentId.birthDateBefore1900}
     *                           before {@link #EARLIEST_BIRTH_DATE}
     */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String text = normalise(raw);
        if (!text.matches("[0-9]{17}[0-9X]")) {
            throw new BusinessException("intake.residentId.format", LENGTH);
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            throw new BusinessException("intake.residentId.checkCharacter");
        }
        String digits = text.substring(6, 14);
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new BusinessException("intake.residentId.birthDateInvalid", digits);
        }
        if (birth.isAfter(today)) {
            throw new BusinessException("intake.residentId.birthDateInFuture", birth);
        }
        if (birth.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new BusinessException("intake.residentId.birthDateBefore1900", birth);
        }
        return new ResidentIdNumber(text, birth);
    }

    /**
     * The check character of the first 17 characters of a number (ISO 7064 MOD 11-2,
     * as GB 11643-1999 prescribes). Also useful to flag imported records.
     *
     * @param first17 exactly 17 ASCII digits
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = first17.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += digit * WEIGHTS.get(i);
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == 'x') {
            out.setCharAt(last, 'X');
        }
        return out.toString();
    }

    /** The full 18-character number, upper-case X. Show it only to those who need it. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** From the parity of the 17th character, the last digit of the sequence code. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The six-digit administrative division code (GB/T 2260) where the number was issued. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /**
     * Age in whole years (周岁) on {@code date}: a year is complete on the birthday; someone born
     * on 29 February completes it on 1 March in common years.
     *
     * @throws IllegalArgumentException when {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date " + date + " is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    /**
     * The number for screens that need not show it whole, and for logs: the division code and
     * the last four characters stay visible ({@code 370202********1234}), enough to tell two
     * people apart at a window without exposing the birth date.
     */
    public String masked() {
        return mask(value);
    }

    /** {@link #masked()} of a number stored earlier (already validated, 18 characters). */
    public static String mask(String storedNumber) {
        return storedNumber.substring(0, 6) + "********" + storedNumber.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form ({@link #masked()}), never the full number. */
    @Override
    public String toString() {
        return masked();
    }
}
