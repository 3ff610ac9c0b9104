package org.legalaid.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.audit.AuditEntry;
import org.legalaid.audit.AuditHead;

import java.util.Iterator;
import org.legalaid.shared.AuditAction;

import java.util.List;
import java.util.NoSuchElementException;

/** Reads of the audit trail. There is no update or delete here, by design. */
@ApplicationScoped
public class AuditRepository {

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public AuditHead head() {
        return em.find(AuditHead.class, AuditHead.SINGLETON_ID);
    }

    /** Newest first, optionally only rows about one entity type. */
    public List<AuditEntry> findPage(String entityType, int first, int max) {
        String where = entityType == null ? "" : " where e.entityType = :type";
        var q = em.createQuery("select e from AuditEntry e" + where + " order by e.seq desc", AuditEntry.class);
        if (entityType != null) {
            q.setParameter("type", entityType);
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String entityType) {
        String where = entityType == null ? "" : " where e.entityType = :type";
        var q = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        if (entityType != null) {
            q.setParameter("type", entityType);
        }
        return q.getSingleResult();
    }

    /** How many rows of one action were written since {@code since}. */
    public long countSince(AuditAction action, java.time.OffsetDateTime since) {
        return em.createQuery("select count(e) from AuditEntry e where e.action = :a and e.occurredAt >= :since", Long.class)
                .setParameter("a", action).setParameter("since", since).getSingleResult();
    }

    /** Rows about one record, newest first. */
    /** The newest {@code max} rows of one record. */
    public List<AuditEntry> findFor(String entityType, String entityId, int max) {
        return em.createQuery("select e from AuditEntry e where e.entityType = :t and e.entityId = :id order by e.seq desc",
                        AuditEntry.class)
                .setParameter("t", entityType).setParameter("id", entityId).setMaxResults(max)
                .getResultList();
    }

    public List<AuditEntry> findFor(String entityType, String entityId) {
        return em.createQuery("select e from AuditEntry e where e.entityType = :t and e.entityId = :id order by e.seq desc",
                        AuditEntry.class)
                .setParameter("t", entityType).setParameter("id", entityId)
                .getResultList();
    }

    /**
     * All rows in chain order, read in batches by position so that a long trail never sits in
     * memory whole; each batch is detached after use.
     */
    /** The highest position written, read now (for the check that nothing was written beside the chain). */
    public long maxSeq() {
        Long max = em.createQuery("select max(e.seq) from AuditEntry e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** The head's position read from the database now (not the instance this transaction holds). */
    public long headSeqNow() {
        return em.createQuery("select h.lastSeq from AuditHead h", Long.class).getSingleResult();
    }

    /** The rows up to position {@code upTo} (the head read when a verification began), in chain order. */
    public Iterator<AuditEntry> inChainOrder(long upTo) {
        return new Iterator<>() {
            private long nextSeq = 1;
            private Iterator<AuditEntry> batch = List.<AuditEntry>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && !exhausted) {
                    em.clear();
                    List<AuditEntry> rows = em.createQuery(
                                    "select e from AuditEntry e where e.seq >= :from and e.seq <= :upTo order by e.seq", AuditEntry.class)
                            .setParameter("from", nextSeq).setParameter("upTo", upTo).setMaxResults(BATCH).getResultList();
                    exhausted = rows.size() < BATCH;
                    if (!rows.isEmpty()) {
                        nextSeq = rows.get(rows.size() - 1).seq() + 1;
                    }
                    batch = rows.iterator();
                }
                return batch.hasNext();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }
}
