package org.legalaid.organisation.boundary;

import java.util.Set;

/**
 * What a login attempt came to. A wrong password, an unknown name and a deactivated account are
 * all {@link Outcome#INVALID}, so the answer never tells an outsider which names exist.
 *
 * @param outcome            the result
 * @param username           the account's name when it succeeded
 * @param groups             role codes, including {@code staff} for staff (not for a notifying
 *                           organ's API account), when it succeeded
 * @param mustChangePassword whether the password is a temporary one
 */
public record AuthenticationResult(Outcome outcome, String username, Set<String> groups, boolean mustChangePassword) {

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED
    }

    public static AuthenticationResult failed(Outcome outcome) {
        return new AuthenticationResult(outcome, null, Set.of(), false);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
