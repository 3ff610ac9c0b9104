package org.legalaid.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Growing delays for failed sign-ins, per user name and per client address, instead of a lockout
 * (issue 19: five wrong passwords from anywhere used to close an account for fifteen minutes, so
 * anyone who guessed a name such as {@code court} could keep its owner out for ever).
 * <ul>
 *   <li><b>Per user name</b> — known or not, so the answer never tells which names exist: the
 *   {@value #NAME_FREE_FAILURES}th failure in a row makes the name wait a second before the next
 *   attempt is checked, each further one twice as long, at most {@link #NAME_MAX_DELAY}.
 *   The account is slowed, never closed: after the delay the right password passes, from any
 *   address, and a success clears the name's count. An outsider can at most make its owner wait a
 *   minute.</li>
 *   <li><b>Per client address</b> — whatever names it tries: from the
 *   {@value #ADDRESS_FREE_FAILURES}th failure on the address waits 1, 2, 4 … seconds, up to
 *   {@link #ADDRESS_MAX_DELAY}. This is the
 *   delay that stops a guesser (40 form sign-ins in 2.4 s before); it falls on the guessing address
 *   only, and there not on the names that have signed in from it before (the colleagues behind the
 *   same office address as a guesser keep signing in; a guesser's own account does not make other
 *   names trusted).</li>
 * </ul>
 * A count is forgotten {@link #MEMORY} after its last failure once its delay has run out. The
 * state lives in memory, bounded ({@value #MAX_ENTRIES} names and as many addresses, the oldest
 * forgotten first), so a flood of invented names cannot exhaust the server. Not thread-safe by
 * itself: one instance is used under its own lock.
 */
public final class SignInThrottle {

    public static final int NAME_FREE_FAILURES = 5;
    public static final Duration NAME_MAX_DELAY = Duration.ofSeconds(60);
    public static final int ADDRESS_FREE_FAILURES = 10;
    public static final Duration ADDRESS_MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration MEMORY = Duration.ofMinutes(30);
    public static final int MAX_ENTRIES = 20_000;

    /** What a failure changed: the delay now in force and whether it crossed a threshold just now. */
    public record Failure(Duration delay, boolean nameSlowedNow, boolean addressSlowedNow, int nameFailures, int addressFailures) {
    }

    private static final class Count {
        int failures;
        Instant lastFailure;
        Instant waitUntil;
    }

    private final Map<String, Count> names = bounded();
    private final Map<String, Count> addresses = bounded();
    /** Per address, the names that signed in from it (at most {@value #TRUSTED_PER_ADDRESS}). */
    private final Map<String, Set<String>> trusted = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    public static final int TRUSTED_PER_ADDRESS = 200;

    private static Map<String, Count> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }

    /** The key of a user name: trimmed and in lower case, so {@code Admin} and {@code admin } count together. */
    public static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * How long the caller must still wait before an attempt for this name from this address is
     * checked at all; empty when it may be checked now.
     */
    public Optional<Duration> waitFor(String name, String address, Instant now) {
        Duration wait = Duration.ZERO;
        wait = longer(wait, remaining(names, nameKey(name), now));
        if (address != null && !trusted.getOrDefault(address, Set.of()).contains(nameKey(name))) {
            wait = longer(wait, remaining(addresses, address, now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(roundUp(wait));
    }

    /** Counts a failed attempt (wrong password, unknown name, deactivated account). */
    public Failure recordFailure(String name, String address, Instant now) {
        Count n = count(names, nameKey(name), now);
        Duration nameDelay = delay(n.failures, NAME_FREE_FAILURES, NAME_MAX_DELAY);
        n.waitUntil = now.plus(nameDelay);
        Duration delay = nameDelay;
        boolean addressSlowed = false;
        int addressFailures = 0;
        if (address != null) {
            Count a = count(addresses, address, now);
            Duration addressDelay = delay(a.failures, ADDRESS_FREE_FAILURES, ADDRESS_MAX_DELAY);
            a.waitUntil = now.plus(addressDelay);
            delay = longer(delay, addressDelay);
            addressSlowed = a.failures == ADDRESS_FREE_FAILURES;
            addressFailures = a.failures;
        }
        return new Failure(delay, n.failures == NAME_FREE_FAILURES, addressSlowed, n.failures, addressFailures);
    }

    /**
     * The right password: the name's count starts again, and the name is trusted from this address
     * from now on. The address keeps its count.
     */
    public void recordSuccess(String name, String address) {
        names.remove(nameKey(name));
        if (address != null) {
            Set<String> known = trusted.computeIfAbsent(address, a -> new LinkedHashSet<>());
            if (known.size() < TRUSTED_PER_ADDRESS) {
                known.add(nameKey(name));
            }
        }
    }

    /** An administrator set a new password: the name's delays end. */
    public void forget(String name) {
        names.remove(nameKey(name));
    }

    /**
     * The delay after the {@code failures}-th failure: none up to {@code free - 1}, then one second
     * doubled with every further failure, at most {@code max}.
     */
    static Duration delay(int failures, int free, Duration max) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - free, 20);
        Duration d = Duration.ofSeconds(1L << exponent);
        return d.compareTo(max) > 0 ? max : d;
    }

    private static Count count(Map<String, Count> map, String key, Instant now) {
        Count c = map.get(key);
        if (c == null || forgotten(c, now)) {
            c = new Count();
            map.put(key, c);
        }
        c.failures++;
        c.lastFailure = now;
        return c;
    }

    private static boolean forgotten(Count c, Instant now) {
        return !now.isBefore(c.waitUntil) && !now.isBefore(c.lastFailure.plus(MEMORY));
    }

    private static Duration remaining(Map<String, Count> map, String key, Instant now) {
        Count c = map.get(key);
        if (c == null || c.waitUntil == null || !now.isBefore(c.waitUntil)) {
            return Duration.ZERO;
        }
        return Duration.between(now, c.waitUntil);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration roundUp(Duration d) {
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
