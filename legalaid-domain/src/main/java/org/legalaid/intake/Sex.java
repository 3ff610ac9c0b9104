package org.legalaid.intake;

/**
 * Sex as the resident identity number records it: the last digit of the sequence code is odd
 * for men and even for women (GB 11643-1999).
 */
public enum Sex {
    MALE,
    FEMALE;

    public String labelKey() {
        return "sex." + name();
    }
}
