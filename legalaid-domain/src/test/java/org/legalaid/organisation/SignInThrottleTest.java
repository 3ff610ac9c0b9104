package org.legalaid.organisation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Sign-in throttle: growing delays per name and per address, never a lockout (issue 19)")
class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    @Test
    void fourFailuresCostNothingTheFifthSlowsTheNameForASecond() {
        for (int i = 1; i <= 4; i++) {
            throttle.recordFailure("court", "10.0.0.9", T0);
            assertEquals(Optional.empty(), throttle.waitFor("court", "10.0.0.1", T0), "after failure " + i);
        }
        SignInThrottle.Failure fifth = throttle.recordFailure("court", "10.0.0.9", T0);
        assertTrue(fifth.nameSlowedNow());
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("Court ", "10.0.0.1", T0));
        assertEquals(Optional.empty(), throttle.waitFor("court", "10.0.0.1", T0.plusSeconds(1)),
                "the right password is checked again after the delay, from any address");
    }

    @Test
    @DisplayName("an outsider can make the owner of a name wait at most a minute, however often they guess")
    void theNamesDelayDoublesUpToAMinute() {
        Instant t = T0;
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure("court", "198.51.100." + i, t);
            t = t.plusSeconds(1);
        }
        Duration wait = throttle.waitFor("court", "10.0.0.1", t).orElseThrow();
        assertTrue(wait.compareTo(SignInThrottle.NAME_MAX_DELAY) <= 0, wait.toString());
        assertEquals(Duration.ofSeconds(60), SignInThrottle.delay(40, 5, SignInThrottle.NAME_MAX_DELAY));
        assertEquals(Duration.ofSeconds(4), SignInThrottle.delay(7, 5, SignInThrottle.NAME_MAX_DELAY));
    }

    @Test
    void aSuccessClearsTheNamesCount() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("clerk", "10.0.0.9", T0);
        }
        throttle.recordSuccess("clerk", "10.0.0.9");
        assertEquals(Optional.empty(), throttle.waitFor("clerk", null, T0));
    }

    @Test
    @DisplayName("a guesser behind an office's address does not slow the colleagues who signed in from it before")
    void namesThatSignedInFromAnAddressAreNotSlowedByItsGuesser() {
        throttle.recordSuccess("colleague", "192.0.2.1");
        throttle.recordSuccess("guesser", "192.0.2.1");
        for (int i = 0; i < 12; i++) {
            throttle.recordFailure("victim" + i, "192.0.2.1", T0);
        }
        assertEquals(Optional.empty(), throttle.waitFor("colleague", "192.0.2.1", T0));
        assertTrue(throttle.waitFor("victim", "192.0.2.1", T0).isPresent(), "the guesser's own sign-in trusts no other name");
    }

    @Test
    @DisplayName("an address guessing many names is slowed, up to fifteen minutes; other addresses are not")
    void anAddressGuessingManyNamesIsSlowed() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("name" + i, "203.0.113.7", T0);
        }
        assertEquals(Optional.empty(), throttle.waitFor("other", "203.0.113.7", T0));
        SignInThrottle.Failure tenth = throttle.recordFailure("name9", "203.0.113.7", T0);
        assertTrue(tenth.addressSlowedNow());
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("other", "203.0.113.7", T0));
        assertEquals(Optional.empty(), throttle.waitFor("other", "203.0.113.8", T0));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.delay(60, 10, SignInThrottle.ADDRESS_MAX_DELAY));
    }

    @Test
    void aCountIsForgottenHalfAnHourAfterItsLastFailure() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("clerk", "10.0.0.9", T0);
        }
        SignInThrottle.Failure later = throttle.recordFailure("clerk", "10.0.0.9", T0.plus(SignInThrottle.MEMORY).plusSeconds(1));
        assertEquals(1, later.nameFailures());
        assertFalse(later.nameSlowedNow());
    }
}
