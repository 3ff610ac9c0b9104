package org.legalaid.shared;

/**
 * A staff member's user name (the principal's name) as every context stores it: who recorded,
 * decided, approved or cancelled something. One length for the account's own column and every
 * column that names the account, so that no name fits one and not the other.
 */
public final class UserName {

    /** The longest user name: the length of the account's column and of every "…_by" column. */
    public static final int MAX = 32;

    private UserName() {
    }
}
