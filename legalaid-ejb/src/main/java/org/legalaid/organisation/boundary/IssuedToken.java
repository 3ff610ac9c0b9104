package org.legalaid.organisation.boundary;

import java.time.Instant;

/**
 * An API token as handed to its client.
 *
 * @param token     the compact signed form, sent back as {@code Authorization: Bearer <token>}
 * @param expiresAt when it stops being accepted
 * @param id        the token's id, as recorded in the audit trail
 */
public record IssuedToken(String token, Instant expiresAt, String id) {
}
