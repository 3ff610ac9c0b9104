package org.legalaid.web.complaints;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a public request comes from, for the per-address limits ({@link PublicLimits}).
 * {@code X-Forwarded-For} is written by whoever sends the request, so it is believed only when the
 * connection comes from a proxy the server is told to trust (system property
 * {@value #TRUSTED_PROXIES}, a comma-separated list of addresses): then the address is the rightmost
 * entry that is not itself a trusted proxy — the one the nearest trusted proxy saw. Otherwise, and
 * by default, it is the connection's own remote address, whatever the header says.
 */
public final class ClientAddress {

    public static final String TRUSTED_PROXIES = "legalaid.public.trustedProxies";

    private ClientAddress() {
    }

    /** The trusted proxies as configured (empty by default). */
    public static Set<String> trustedProxies() {
        String v = System.getProperty(TRUSTED_PROXIES, "");
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param remoteAddress the connection's address
     * @param forwardedFor  the {@code X-Forwarded-For} header, or null
     * @param trusted       the trusted proxies
     */
    public static String resolve(String remoteAddress, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remoteAddress;
    }
}
