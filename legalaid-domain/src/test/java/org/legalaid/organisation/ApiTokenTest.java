package org.legalaid.organisation;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");

    private static ApiToken token() {
        return new ApiToken("court", 3, "f3b1e2c4-0000-4000-8000-000000000001", NOW, NOW.plus(ApiToken.LIFETIME));
    }

    @Test
    void acceptsItsOwnTokenUntilItExpires() {
        String compact = token().sign(KEY);
        assertEquals(Optional.of(token()), ApiToken.verify(compact, KEY, NOW.plusSeconds(60)));
        assertEquals(Optional.of(token()), ApiToken.verify(compact, KEY, NOW.plus(ApiToken.LIFETIME).minusSeconds(1)));
        assertTrue(ApiToken.verify(compact, KEY, NOW.plus(ApiToken.LIFETIME)).isEmpty());
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        assertTrue(ApiToken.verify(token().sign(OTHER_KEY), KEY, NOW).isEmpty());
    }

    @Test
    void refusesAlteredClaims() {
        String[] parts = token().sign(KEY).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"court\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertTrue(ApiToken.verify(forged, KEY, NOW).isEmpty());
    }

    @Test
    void refusesAnUnsignedToken() {
        String[] parts = token().sign(KEY).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(ApiToken.verify(none + "." + parts[1] + ".", KEY, NOW).isEmpty());
        assertTrue(ApiToken.verify(parts[0] + "." + parts[1] + ".", KEY, NOW).isEmpty());
    }

    @Test
    void refusesGarbageWithoutAnException() {
        for (String s : new String[]{"", ".", "..", "a.b.c", "x".repeat(5000), "eyJ.eyJ.%%%", null}) {
            assertTrue(ApiToken.verify(s, KEY, NOW).isEmpty(), String.valueOf(s));
        }
    }

    @Test
    void refusesAKeyShorterThan256Bits() {
        assertThrows(IllegalArgumentException.class, () -> token().sign(new byte[16]));
    }

    @Test
    void aPasswordChangeARevocationAndADeactivationEachEndTheTokensInCirculation() {
        StaffAccount account = new StaffAccount("court", "市南区人民法院", activeUnit(), java.util.List.of(org.legalaid.shared.Role.NOTIFYING_ORGAN),
                "hash", java.time.OffsetDateTime.now());
        int issued = account.tokenVersion();
        account.changePassword("hash2", java.time.OffsetDateTime.now());
        assertTrue(account.tokenVersion() > issued);
        int afterChange = account.tokenVersion();
        account.revokeTokens();
        assertTrue(account.tokenVersion() > afterChange);
        int afterRevoke = account.tokenVersion();
        account.resetPassword("hash3", java.time.OffsetDateTime.now());
        assertTrue(account.tokenVersion() > afterRevoke);
        int afterReset = account.tokenVersion();
        account.deactivate();
        assertTrue(account.tokenVersion() > afterReset);
    }

    private static OrgUnit activeUnit() {
        return Units.unit("B", UnitType.BUREAU, null);
    }
}
