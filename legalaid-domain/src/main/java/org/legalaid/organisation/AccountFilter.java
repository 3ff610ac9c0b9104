package org.legalaid.organisation;

/**
 * Filter of the account list. Null fields do not filter.
 *
 * @param text   part of the user name or full name
 * @param unitId exactly this unit
 * @param active only active (true) or only deactivated (false) accounts
 */
public record AccountFilter(String text, Long unitId, Boolean active) {

    public AccountFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static AccountFilter all() {
        return new AccountFilter(null, null, null);
    }
}
