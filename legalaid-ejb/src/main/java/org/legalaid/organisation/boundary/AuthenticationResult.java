package org.legalaid.organisation.boundary;

import java.time.Duration;
import java.util.Set;

/**
 * What a login attempt came to. A wrong password, an unknown name and a deactivated account are
 * all {@link Outcome#INVALID}, so the answer never tells an outsider which names exist; a name or
 * address that failed too often is {@link Outcome#THROTTLED} for a while, known name or not.
 *
 * @param outcome            the result
 * @param username           the account's name when it succeeded
 * @param groups             role codes, including {@code staff} for staff (not for a notifying
 *                           organ's API account), when it succeeded
 * @param mustChangePassword whether the password is a temporary one
 * @param retryAfter         when throttled, how long to wait before the next attempt is checked
 */
public record AuthenticationResult(Outcome outcome, String username, Set<String> groups, boolean mustChangePassword,
                                   Duration retryAfter) {

    public enum Outcome {
        SUCCESS,
        INVALID,
        /** Too many failures for this name or from this address: not checked, try again after {@link #retryAfter()}. */
        THROTTLED
    }

    public static AuthenticationResult failed(Outcome outcome) {
        return new AuthenticationResult(outcome, null, Set.of(), false, Duration.ZERO);
    }

    public static AuthenticationResult throttled(Duration retryAfter) {
        return new AuthenticationResult(Outcome.THROTTLED, null, Set.of(), false, retryAfter);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
