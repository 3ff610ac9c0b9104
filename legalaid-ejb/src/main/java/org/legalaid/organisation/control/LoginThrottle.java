package org.legalaid.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.legalaid.organisation.SignInThrottle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The server's one {@link SignInThrottle}, shared by the login form and the API, used under its
 * lock (each call is a few map operations; the password hash runs outside it). Kept in memory: a
 * restart forgets the counts, which only gives a guesser back the free attempts.
 */
@ApplicationScoped
public class LoginThrottle {

    private final SignInThrottle throttle = new SignInThrottle();

    public synchronized Optional<Duration> waitFor(String name, String address, Instant now) {
        return throttle.waitFor(name, address, now);
    }

    public synchronized SignInThrottle.Failure recordFailure(String name, String address, Instant now) {
        return throttle.recordFailure(name, address, now);
    }

    public synchronized void recordSuccess(String name, String address) {
        throttle.recordSuccess(name, address);
    }

    public synchronized void forget(String name) {
        throttle.forget(name);
    }
}
