package org.legalaid.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that names the chain's last position and hash. Appending locks it
 * (pessimistic write), which serialises appends so the chain has exactly one order; comparing it
 * with the last row also reveals a deleted tail, which the chain alone could not.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
        // for JPA
    }

    /** Appends the entry's position and hash; the entry must follow the current head. */
    public void advanceTo(AuditEntry entry) {
        if (entry.seq() != lastSeq + 1 || !entry.prevHash().equals(lastHash)) {
            throw new IllegalStateException("audit entry " + entry.seq() + " does not follow head " + lastSeq);
        }
        this.lastSeq = entry.seq();
        this.lastHash = entry.hash();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
