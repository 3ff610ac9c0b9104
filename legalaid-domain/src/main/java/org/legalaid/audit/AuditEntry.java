package org.legalaid.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.legalaid.shared.AuditAction;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One row of the audit trail. Immutable: no setters, no {@code @Version}, and the database
 * rejects UPDATE and DELETE. {@link #seq()} is the row's position in the chain (1, 2, 3 … with no
 * gaps), {@link #prevHash()} the hash of the row before, {@link #hash()} SHA-256 over this row's
 * content and {@code prevHash} as {@link AuditChain#hashOf} computes it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    public static final int SUMMARY_MAX = 2000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "seq", nullable = false, unique = true, updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 60, updatable = false)
    private String entityType;

    @Column(name = "entity_id", length = 64, updatable = false)
    private String entityId;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX, updatable = false)
    private String summary;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * The row that follows a chain whose last row has position {@code prevSeq} and hash
     * {@code prevHash}. The time is cut to milliseconds so that it survives every database's
     * timestamp precision unchanged and the hash still matches when read back.
     */
    public AuditEntry(long prevSeq, String prevHash, OffsetDateTime occurredAt, String actor, Long unitId,
                      AuditAction action, String entityType, String entityId, String summary) {
        this.seq = prevSeq + 1;
        this.prevHash = prevHash;
        this.occurredAt = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.actor = truncate(actor, 64);
        this.unitId = unitId;
        this.action = action;
        this.entityType = truncate(entityType, 60);
        this.entityId = entityId == null ? null : truncate(entityId, 64);
        this.summary = truncate(summary, SUMMARY_MAX);
        this.hash = AuditChain.hashOf(this);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Long unitId() {
        return unitId;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String summary() {
        return summary;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }

    // JavaBean accessors for pages and EL.
    public long getSeq() {
        return seq;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getUnitId() {
        return unitId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }
}
