package org.legalaid.organisation;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A short-lived signed token that an API client gets once for its credentials and then sends with
 * every call ({@code Authorization: Bearer …}) instead of its password (issue 19: every Basic call
 * paid a password hash, a row lock and an audit row — a median of 56 ms against 6.6 ms).
 *
 * <p>The form is a JSON Web Token (RFC 7519) signed with HMAC-SHA256 (RFC 7518 §3.2): header
 * {@code {"alg":"HS256","typ":"JWT"}}, claims {@code iss} ({@value #ISSUER}), {@code sub} (the user
 * name), {@code jti} (the token's id), {@code iat}, {@code exp} and {@code ver}, the account's
 * token generation ({@link StaffAccount#tokenVersion()}): revocation moves the generation on, and a
 * token of an older generation is refused. The key is the installation's own (generated in its
 * database when the schema is created, never in the sources), so every node of a cluster checks
 * the others' tokens. Only {@code HS256} is accepted, whatever the header says ({@code none} and
 * algorithm confusion are refused).
 *
 * @param username the account
 * @param version  the account's token generation when the token was issued
 * @param id       the token's id ({@code jti}), for the audit row of its issue
 * @param issuedAt when it was issued (whole seconds)
 * @param expires  when it stops being accepted (whole seconds)
 */
public record ApiToken(String username, int version, String id, Instant issuedAt, Instant expires) {

    /** How long a token is accepted: a client asks for a new one after this (a quarter of an hour). */
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final String ISSUER = "legalaid";
    /** Shortest key accepted: 256 bits, as long as the HMAC's output (RFC 7518 §3.2). */
    public static final int MIN_KEY_BYTES = 32;

    private static final String HEADER = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    /** Longer than any token this class issues: a longer one is refused before it is parsed. */
    private static final int MAX_LENGTH = 2048;

    public ApiToken {
        Objects.requireNonNull(username);
        Objects.requireNonNull(id);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(expires);
    }

    /** A new token for {@code account}, issued at {@code now}, valid for {@link #LIFETIME}. */
    public static ApiToken issue(StaffAccount account, Instant now) {
        Instant at = Instant.ofEpochSecond(now.getEpochSecond());
        return new ApiToken(account.username(), account.tokenVersion(), UUID.randomUUID().toString(), at, at.plus(LIFETIME));
    }

    /** The token in its compact signed form, with the installation's key. */
    public String sign(byte[] key) {
        String claims = Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", username)
                .add("jti", id)
                .add("iat", issuedAt.getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .add("ver", version)
                .build().toString();
        String signed = HEADER + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        return signed + "." + b64(mac(key, signed));
    }

    /**
     * The token that {@code compact} carries, if it was signed with {@code key}, is of this issuer
     * and has not expired at {@code now}; empty for anything else (a forged, altered, expired or
     * malformed token alike: the caller answers 401 without saying which). Whether the account
     * still accepts it (active, same generation) is the caller's to check.
     */
    public static Optional<ApiToken> verify(String compact, byte[] key, Instant now) {
        if (compact == null || compact.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(HEADER)) {
            return Optional.empty();
        }
        byte[] signature;
        byte[] claimBytes;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
            claimBytes = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, mac(key, parts[0] + "." + parts[1]))) {
            return Optional.empty();
        }
        try {
            JsonObject claims = Json.createReader(new StringReader(new String(claimBytes, StandardCharsets.UTF_8))).readObject();
            if (!ISSUER.equals(text(claims, "iss"))) {
                return Optional.empty();
            }
            ApiToken token = new ApiToken(text(claims, "sub"), (int) number(claims, "ver"), text(claims, "jti"),
                    Instant.ofEpochSecond(number(claims, "iat")), Instant.ofEpochSecond(number(claims, "exp")));
            return now.isBefore(token.expires()) ? Optional.of(token) : Optional.empty();
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject claims, String name) {
        JsonValue v = claims.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static long number(JsonObject claims, String name) {
        return ((JsonNumber) claims.get(name)).longValueExact();
    }

    private static byte[] mac(byte[] key, String signed) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("token key shorter than " + MIN_KEY_BYTES + " bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
