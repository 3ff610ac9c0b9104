package org.legalaid.organisation.boundary;

import java.util.Set;

/**
 * Who a valid API token speaks for, as the account is now (its roles read at each call, so a role
 * taken away takes effect at once).
 *
 * @param username           the account
 * @param groups             role codes, with {@code staff} for staff accounts
 * @param mustChangePassword whether the account still has a temporary password
 */
public record TokenIdentity(String username, Set<String> groups, boolean mustChangePassword) {
}
