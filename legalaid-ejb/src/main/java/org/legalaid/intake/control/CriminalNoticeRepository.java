package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.legalaid.intake.CriminalNotice;
import org.legalaid.intake.NoticeFilter;
import org.legalaid.intake.NoticeKey;
import org.legalaid.shared.ChinaTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Storage of notified criminal cases. Lists are limited either to a set of unit ids (staff: their
 * scope) or to the notices one account sent (a notifying organ).
 */
@ApplicationScoped
public class CriminalNoticeRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /**
     * Stores a notice in a transaction of its own and runs {@code thenInSameTransaction} (audit,
     * events) once the row is written. The insert is flushed at once, so that when another
     * transaction has just stored the same notice (same {@link NoticeKey}), the unique constraint
     * {@code uq_criminal_notice_key} refuses this one here: the {@link jakarta.persistence.PersistenceException}
     * reaches the caller, this transaction is rolled back, and the caller's own transaction is
     * untouched and can read the other one's notice, committed by then.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CriminalNotice addInOwnTransaction(CriminalNotice notice, Consumer<CriminalNotice> thenInSameTransaction) {
        em.persist(notice);
        em.flush();
        thenInSameTransaction.accept(notice);
        return notice;
    }

    public Optional<CriminalNotice> findByKey(NoticeKey key) {
        return em.createQuery("select n from CriminalNotice n where n.organKey = :o and n.documentKey = :d", CriminalNotice.class)
                .setParameter("o", key.organ()).setParameter("d", key.document())
                .getResultStream().findFirst();
    }

    public Optional<CriminalNotice> findInUnits(long id, List<Long> unitIds) {
        return Optional.ofNullable(em.find(CriminalNotice.class, id)).filter(n -> unitIds.contains(n.getUnitId()));
    }

    public Optional<CriminalNotice> findSentBy(long id, String username) {
        return Optional.ofNullable(em.find(CriminalNotice.class, id)).filter(n -> n.getCreatedBy().equals(username));
    }

    /** Newest first. */
    public List<CriminalNotice> findPage(List<Long> unitIds, NoticeFilter f, int first, int max) {
        TypedQuery<CriminalNotice> q = em.createQuery("select n from CriminalNotice n where " + where(f)
                + " order by n.receivedAt desc, n.id desc", CriminalNotice.class);
        bind(q, unitIds, f);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(List<Long> unitIds, NoticeFilter f) {
        TypedQuery<Long> q = em.createQuery("select count(n) from CriminalNotice n where " + where(f), Long.class);
        bind(q, unitIds, f);
        return q.getSingleResult();
    }

    // Fixed fragments only; every value is a parameter.
    private static String where(NoticeFilter f) {
        StringBuilder w = new StringBuilder("n.unitId in :units");
        if (f.status() != null) {
            w.append(" and n.status = :status");
        }
        if (f.organType() != null) {
            w.append(" and n.organType = :organType");
        }
        if (f.from() != null) {
            w.append(" and n.receivedAt >= :from");
        }
        if (f.to() != null) {
            w.append(" and n.receivedAt < :to");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, List<Long> unitIds, NoticeFilter f) {
        q.setParameter("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        if (f.organType() != null) {
            q.setParameter("organType", f.organType());
        }
        if (f.from() != null) {
            q.setParameter("from", startOf(f.from()));
        }
        if (f.to() != null) {
            q.setParameter("to", startOf(f.to().plusDays(1)));
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }
}
