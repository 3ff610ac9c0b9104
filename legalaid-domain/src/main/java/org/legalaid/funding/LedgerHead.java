package org.legalaid.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The ledger chain's last position and hash: one row, locked by every posting's transaction, so
 * postings are appended one at a time in one order, and a deleted last posting is seen.
 */
@Entity
@Table(name = "ledger_head")
public class LedgerHead {

    public static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected LedgerHead() {
        // for JPA
    }

    /** Moves the head to {@code posting}, which must follow it. */
    public void advanceTo(LedgerPosting posting) {
        if (posting.getSeq() != lastSeq + 1 || !posting.getPrevHash().equals(lastHash)) {
            throw new IllegalStateException("posting " + posting.getSeq() + " does not follow head " + lastSeq);
        }
        this.lastSeq = posting.getSeq();
        this.lastHash = posting.getHash();
    }

    public long lastSeq() { return lastSeq; }
    public String lastHash() { return lastHash; }
}
