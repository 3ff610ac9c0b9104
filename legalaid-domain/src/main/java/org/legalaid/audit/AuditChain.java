package org.legalaid.audit;

import org.legalaid.shared.HashChain;

import java.util.Iterator;


/**
 * The hash chain's arithmetic: how a row's hash is computed, and how a run of rows is verified.
 * Pure Java so that the rule is unit-tested without a database.
 */
public final class AuditChain {

    /** The previous hash of the first row. */
    public static final String GENESIS = HashChain.GENESIS;

    private AuditChain() {
    }

    /** SHA-256 over the row's fields in a fixed order, each length-prefixed ({@link HashChain.Fields}). */
    public static String hashOf(AuditEntry e) {
        return HashChain.fields().add(e.seq()).add(e.occurredAt().toInstant().toEpochMilli()).add(e.actor())
                .add(e.unitId() == null ? "" : e.unitId().toString()).add(e.action().name()).add(e.entityType())
                .add(e.entityId()).add(e.summary()).add(e.prevHash()).sha256();
    }

    /** Verifies rows given in ascending {@code seq} order against the head ({@link HashChain#verify}). */
    public static HashChain.Verification verify(Iterator<AuditEntry> rowsInOrder, long headSeq, String headHash) {
        return HashChain.verify(rowsInOrder, AuditEntry::seq, AuditEntry::prevHash, AuditEntry::hash, AuditChain::hashOf,
                headSeq, headHash);
    }
}
