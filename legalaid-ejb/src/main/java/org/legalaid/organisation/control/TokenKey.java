package org.legalaid.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;

/**
 * The installation's key for signing API tokens ({@link org.legalaid.organisation.ApiToken}): the one
 * row of {@code api_token_key}, generated in the database by migration V93 (never in the sources),
 * read once per node and kept. Every node of a cluster reads the same row, so a token issued by one
 * is accepted by the others. Replacing the key in the database takes effect on a node's restart.
 */
@ApplicationScoped
public class TokenKey {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    private volatile byte[] key;

    /** The key's bytes (the stored hexadecimal text as ASCII: at least 64 bytes). */
    public byte[] get() {
        byte[] k = key;
        if (k == null) {
            String secret = (String) em.createNativeQuery("SELECT secret FROM api_token_key WHERE id = 1").getSingleResult();
            k = secret.getBytes(StandardCharsets.US_ASCII);
            key = k;
        }
        return k.clone();
    }
}
