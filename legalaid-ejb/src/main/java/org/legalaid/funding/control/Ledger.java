package org.legalaid.funding.control;

import org.legalaid.shared.HashChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.legalaid.funding.LedgerAccount;
import org.legalaid.funding.LedgerChain;
import org.legalaid.funding.LedgerHead;
import org.legalaid.funding.LedgerPosting;
import org.legalaid.funding.PostingKind;
import org.legalaid.funding.Yuan;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The funding ledger: appends postings to the hash chain under a lock of its one head row (so
 * postings have one order and a deleted tail is seen), reverses them, sums them into balances and
 * verifies the chain. Every write joins the caller's transaction ({@code MANDATORY}): a posting
 * commits with the claim, batch or allocation it records, or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

    private static final int VERIFY_PAGE = 500;

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /** Appends a posting with {@code lines} (they must balance). */
    public LedgerPosting post(PostingKind kind, String reference, String memo, String postedBy, OffsetDateTime now,
                              List<LedgerPosting.Line> lines) {
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        LedgerPosting p = LedgerPosting.next(head.lastSeq(), head.lastHash(), kind, reference, memo, postedBy, now, lines);
        em.persist(p);
        head.advanceTo(p);
        return p;
    }

    /**
     * Reverses the posting at {@code seq} with a reason.
     *
     * @throws BusinessException {@code funding.ledger.notFound}; {@code funding.ledger.reversed} when it was
     *                           reversed already; {@code funding.ledger.reversal} for a reversal
     */
    public LedgerPosting reverse(long seq, String reason, String postedBy, OffsetDateTime now) {
        LedgerPosting original = findBySeq(seq).orElseThrow(() -> new BusinessException("funding.ledger.notFound", seq));
        if (original.getKind() == PostingKind.REVERSAL) {
            throw new BusinessException("funding.ledger.reversal", seq);
        }
        Long already = em.createQuery("select count(p) from LedgerPosting p where p.reversesSeq = :s", Long.class)
                .setParameter("s", seq).getSingleResult();
        if (already > 0) {
            throw new BusinessException("funding.ledger.reversed", seq);
        }
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        LedgerPosting r = LedgerPosting.reversal(head.lastSeq(), head.lastHash(), original, reason, postedBy, now);
        em.persist(r);
        head.advanceTo(r);
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LedgerPosting> findBySeq(long seq) {
        return em.createQuery("select p from LedgerPosting p where p.seq = :s", LedgerPosting.class)
                .setParameter("s", seq).getResultStream().findFirst();
    }

    /** The latest postings, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerPosting> findLatest(Collection<Long> units, int max) {
        return em.createQuery("select distinct p from LedgerPosting p join p.lines l where l.unitId in :u"
                        + " order by p.seq desc", LedgerPosting.class)
                .setParameter("u", units).setMaxResults(max).getResultList();
    }

    /**
     * The sums per fund, unit, kind of posting and account over the units' lines.
     *
     * @return rows of fund id, unit id, kind, account, debits, credits
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sum> sums(Collection<Long> units) {
        List<Object[]> rows = em.createQuery("select l.fundId, l.unitId, p.kind, l.account, sum(l.debit), sum(l.credit)"
                        + " from LedgerLine l join l.posting p where l.unitId in :u"
                        + " group by l.fundId, l.unitId, p.kind, l.account", Object[].class)
                .setParameter("u", units).getResultList();
        List<Sum> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Sum((Long) r[0], (Long) r[1], (PostingKind) r[2], (LedgerAccount) r[3], (BigDecimal) r[4],
                    (BigDecimal) r[5]));
        }
        return out;
    }

    /** One row of {@link #sums}. */
    public record Sum(long fundId, long unitId, PostingKind kind, LedgerAccount account, BigDecimal debit, BigDecimal credit) {
        public BigDecimal balance() {
            return account.isDebitNormal() ? debit.subtract(credit) : credit.subtract(debit);
        }
    }

    /** The balance of an account of a fund at a unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal balance(long fundId, long unitId, LedgerAccount account) {
        Object[] r = em.createQuery("select coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) from LedgerLine l"
                        + " where l.fundId = :f and l.unitId = :u and l.account = :a", Object[].class)
                .setParameter("f", fundId).setParameter("u", unitId).setParameter("a", account).getSingleResult();
        BigDecimal d = (BigDecimal) r[0];
        BigDecimal c = (BigDecimal) r[1];
        return Yuan.fen(account.isDebitNormal() ? d.subtract(c) : c.subtract(d));
    }

    /**
     * What left a fund at a unit since {@code since}: allocations passed on and commitments (credits of
     * its AVAILABLE account by those postings), net of their reversals.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal outflowSince(long fundId, long unitId, LocalDate since) {
        OffsetDateTime from = since.atStartOfDay(org.legalaid.shared.ChinaTime.ZONE).toOffsetDateTime();
        Object[] r = em.createQuery("select coalesce(sum(l.credit), 0), coalesce(sum(l.debit), 0) from LedgerLine l"
                        + " join l.posting p where l.fundId = :f and l.unitId = :u and l.account = :a"
                        + " and p.kind in :k and p.postedAt >= :from", Object[].class)
                .setParameter("f", fundId).setParameter("u", unitId).setParameter("a", LedgerAccount.AVAILABLE)
                .setParameter("k", List.of(PostingKind.ALLOCATION, PostingKind.COMMITMENT))
                .setParameter("from", from).getSingleResult();
        return Yuan.fen(((BigDecimal) r[0]));
    }

    /** Verifies the whole chain against the head, reading the postings a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HashChain.Verification verify() {
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.SINGLETON_ID);
        em.refresh(head);
        em.getEntityManagerFactory().getCache().evict(LedgerPosting.class);
        // the postings up to the head as it stands now: those appended meanwhile are the next
        // verification's (issue 19); postings beside the chain are found after the walk
        long last = head.lastSeq();
        Iterator<LedgerPosting> postings = new Iterator<>() {
            private List<LedgerPosting> page = List.of();
            private int i;
            private long after = 0;

            @Override
            public boolean hasNext() {
                while (i >= page.size()) {
                    if (after >= last) {
                        return false;
                    }
                    // a range of positions, not a row limit: a fetch join under a row limit would cut lines off
                    page = em.createQuery("select distinct p from LedgerPosting p left join fetch p.lines"
                                    + " where p.seq > :a and p.seq <= :b order by p.seq", LedgerPosting.class)
                            .setParameter("a", after).setParameter("b", after + VERIFY_PAGE).getResultList();
                    i = 0;
                    after += VERIFY_PAGE;
                }
                return true;
            }

            @Override
            public LedgerPosting next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(i++);
            }
        };
        HashChain.Verification walked = LedgerChain.verify(postings, head.lastSeq(), head.lastHash());
        Long maxSeq = em.createQuery("select max(p.seq) from LedgerPosting p", Long.class).getSingleResult();
        long headNow = em.createQuery("select h.lastSeq from LedgerHead h", Long.class).getSingleResult();
        return HashChain.beyondHead(walked, maxSeq == null ? 0 : maxSeq, headNow);
    }
}
