package org.legalaid.web.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The honest anti-abuse measure of the public complaint form and API (issue 15, no CAPTCHA): at most
 * so many requests per client address in a sliding window — by default 5 complaints and 30 status
 * look-ups per address per 10 minutes; beyond that the answer is 429 with a clear message, and nothing
 * is stored. Every attempt let through counts, valid or not, so a flood of bad input is limited too.
 *
 * <p>Kept in memory, per server node: a cluster of n nodes lets up to n times the limit through, and a
 * restart forgets the counts — acceptable for slowing a flood down, not a quota. The address is
 * {@link ClientAddress}'s (the connection's, unless a trusted proxy forwards). Limits are system
 * properties: {@code legalaid.public.complaints.perWindow}, {@code legalaid.public.lookups.perWindow},
 * {@code legalaid.public.windowMinutes}.
 */
@ApplicationScoped
public class PublicLimits {

    /** What is limited, each with its own count. */
    public enum Kind {
        COMPLAINT("legalaid.public.complaints.perWindow", 5),
        LOOKUP("legalaid.public.lookups.perWindow", 30);

        private final String property;
        private final int defaultLimit;

        Kind(String property, int defaultLimit) {
            this.property = property;
            this.defaultLimit = defaultLimit;
        }

        int limit() {
            return Integer.getInteger(property, defaultLimit);
        }
    }

    /** Above this many addresses, those without a request in the window are forgotten. */
    private static final int SWEEP_AT = 10_000;

    private final Map<String, Deque<Long>> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    public PublicLimits() {
        this(Clock.systemUTC());
    }

    PublicLimits(Clock clock) {
        this.clock = clock;
    }

    private static Duration window() {
        return Duration.ofMinutes(Integer.getInteger("legalaid.public.windowMinutes", 10));
    }

    /** Whether the request may go on; if so, it is counted. */
    public boolean admit(Kind kind, HttpServletRequest request) {
        return admit(kind, ClientAddress.resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                ClientAddress.trustedProxies()));
    }

    /** Whether a request of {@code kind} from {@code address} may go on; if so, it is counted. */
    public boolean admit(Kind kind, String address) {
        long now = clock.millis();
        long since = now - window().toMillis();
        if (seen.size() > SWEEP_AT) {
            seen.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast() < since;
                }
            });
        }
        Deque<Long> times = seen.computeIfAbsent(kind + " " + address, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < since) {
                times.pollFirst();
            }
            if (times.size() >= kind.limit()) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** The window's length in minutes, for the message that tells when to try again. */
    public int windowMinutes() {
        return (int) window().toMinutes();
    }
}
