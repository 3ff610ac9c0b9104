package org.legalaid.web.complaints;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The public complaint's anti-abuse measure: 5 per address per 10 minutes, the address not spoofable")
class PublicLimitsTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void admitsFivePerAddressThenRefusesUntilTheWindowMovesOn() {
        Moving clock = new Moving();
        PublicLimits limits = new PublicLimits(clock);
        for (int i = 0; i < 5; i++) {
            assertTrue(limits.admit(PublicLimits.Kind.COMPLAINT, "10.0.0.1"), "attempt " + (i + 1));
            clock.now = clock.now.plusSeconds(1);
        }
        assertFalse(limits.admit(PublicLimits.Kind.COMPLAINT, "10.0.0.1"), "the sixth within 10 minutes");
        assertTrue(limits.admit(PublicLimits.Kind.COMPLAINT, "10.0.0.2"), "another address has its own count");
        assertTrue(limits.admit(PublicLimits.Kind.LOOKUP, "10.0.0.1"), "look-ups have their own count");
        clock.now = clock.now.plus(Duration.ofMinutes(10)).minusSeconds(4);
        assertTrue(limits.admit(PublicLimits.Kind.COMPLAINT, "10.0.0.1"), "the first attempt left the window");
        assertFalse(limits.admit(PublicLimits.Kind.COMPLAINT, "10.0.0.1"), "the second has not yet");
        assertEquals(10, limits.windowMinutes());
    }

    @Test
    void believesXForwardedForOnlyFromATrustedProxy() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "1.2.3.4", Set.of()),
                "a client's own header is ignored: it cannot choose a fresh address per request");
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "1.2.3.4", Set.of("10.0.0.5")),
                "not from the trusted proxy");
        assertEquals("1.2.3.4", ClientAddress.resolve("10.0.0.5", "1.2.3.4", Set.of("10.0.0.5")));
        assertEquals("1.2.3.4", ClientAddress.resolve("10.0.0.5", "6.6.6.6, 1.2.3.4", Set.of("10.0.0.5")),
                "what the client wrote before the proxy's entry is not believed");
        assertEquals("1.2.3.4", ClientAddress.resolve("10.0.0.5", "6.6.6.6, 1.2.3.4, 10.0.0.6", Set.of("10.0.0.5", "10.0.0.6")),
                "through two trusted proxies");
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", " ", Set.of("10.0.0.5")));
    }
}
