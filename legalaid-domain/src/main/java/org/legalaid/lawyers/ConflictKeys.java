package org.legalaid.lawyers;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way a person is keyed for the conflict-of-interest check of an assignment (the lawyer
 * or the firm acts or acted for the opposing party, or is related to it; Lawyers Law 律师法 art.
 * 39): the 居民身份证 number when known ({@code ID:} and the number, upper case), otherwise the
 * name without spaces and the birth date ({@code NB:} name {@code |} date, or {@code ?} when the
 * date is unknown too). Both the clients of assignments and the parties a lawyer declares
 * ({@code lawyer_interest.party_key}) go through here, so a match is an equal string.
 */
public final class ConflictKeys {

    /** The longest key: {@code NB:} + a 50-character name + {@code |} + an ISO date. */
    public static final int KEY_MAX = 80;

    private ConflictKeys() {
    }

    /**
     * The key of a person.
     *
     * @param name      the name (required)
     * @param idNumber  the ID number, or null
     * @param birthDate the birth date, or null
     */
    public static String of(String name, String idNumber, LocalDate birthDate) {
        if (idNumber != null && !idNumber.isBlank()) {
            return "ID:" + idNumber.strip().toUpperCase(Locale.ROOT);
        }
        Objects.requireNonNull(name, "name");
        String compact = name.replaceAll("[\\s\\u3000·•]+", "");
        if (compact.isEmpty()) {
            throw new IllegalArgumentException("blank name");
        }
        return "NB:" + compact + "|" + (birthDate == null ? "?" : birthDate.toString());
    }

    /** Whether a key names a person by ID number (and so is personal data to mask on screens). */
    public static boolean isIdNumberKey(String key) {
        return key.startsWith("ID:");
    }
}
