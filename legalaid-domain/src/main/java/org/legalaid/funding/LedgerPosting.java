package org.legalaid.funding;

import org.legalaid.shared.UserName;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the funding ledger: a budget, an allocation, a commitment, a payment or a reversal,
 * with lines whose debits equal their credits. Appended, never changed: no setters, no
 * {@code @Version}, and PostgreSQL refuses UPDATE, DELETE and TRUNCATE on the ledger's tables. A
 * mistake is corrected by a {@link PostingKind#REVERSAL} that names the posting it reverses and why.
 *
 * <p>Postings form a hash chain like the audit trail: {@link #getSeq()} counts 1, 2, 3 … without
 * gaps, {@link #getPrevHash()} is the hash of the posting before, {@link #getHash()} SHA-256 over
 * this posting and its lines ({@link LedgerChain#hashOf}); a superuser's edit or deletion shows as
 * the first posting whose hash no longer matches.
 */
@Entity
@Table(name = "ledger_posting")
public class LedgerPosting implements Serializable {

    public static final int REFERENCE_MAX = 60;
    public static final int MEMO_MAX = 500;

    @Id
    @SequenceGenerator(name = "ledger_posting_seq", sequenceName = "ledger_posting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_posting_seq")
    private Long id;

    @Column(name = "seq", nullable = false, unique = true, updatable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private PostingKind kind;

    @Column(name = "reference", nullable = false, length = REFERENCE_MAX, updatable = false)
    private String reference;

    @Column(name = "memo", nullable = false, length = MEMO_MAX, updatable = false)
    private String memo;

    @Column(name = "reverses_seq", updatable = false)
    private Long reversesSeq;

    @Column(name = "posted_by", nullable = false, length = UserName.MAX, updatable = false)
    private String postedBy;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private OffsetDateTime postedAt;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    private String hash;

    @OneToMany(mappedBy = "posting", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<LedgerLine> lines = new ArrayList<>();

    protected LedgerPosting() {
        // for JPA
    }

    private LedgerPosting(long prevSeq, String prevHash, PostingKind kind, String reference, String memo, Long reversesSeq,
                          String postedBy, OffsetDateTime postedAt, List<Line> lines) {
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (Line l : lines) {
            if (l.debit().signum() < 0 || l.credit().signum() < 0 || (l.debit().signum() == 0) == (l.credit().signum() == 0)) {
                throw new IllegalArgumentException("a line has one positive side: " + l);
            }
            debits = debits.add(l.debit());
            credits = credits.add(l.credit());
        }
        if (lines.size() < 2 || debits.compareTo(credits) != 0) {
            throw new IllegalArgumentException("unbalanced posting: debits " + debits + ", credits " + credits);
        }
        this.seq = prevSeq + 1;
        this.prevHash = Objects.requireNonNull(prevHash);
        this.kind = Objects.requireNonNull(kind);
        this.reference = cut(reference, REFERENCE_MAX);
        this.memo = cut(memo == null ? "" : memo, MEMO_MAX);
        this.reversesSeq = reversesSeq;
        this.postedBy = Objects.requireNonNull(postedBy);
        this.postedAt = postedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        int n = 1;
        for (Line l : lines) {
            this.lines.add(new LedgerLine(this, n++, l.fundId(), l.unitId(), l.account(), l.debit(), l.credit()));
        }
        this.hash = LedgerChain.hashOf(this);
    }

    /** A line to be posted. */
    public record Line(long fundId, long unitId, LedgerAccount account, BigDecimal debit, BigDecimal credit) {
        public static Line debit(long fundId, long unitId, LedgerAccount account, BigDecimal amount) {
            return new Line(fundId, unitId, account, Yuan.fen(amount), Yuan.ZERO);
        }

        public static Line credit(long fundId, long unitId, LedgerAccount account, BigDecimal amount) {
            return new Line(fundId, unitId, account, Yuan.ZERO, Yuan.fen(amount));
        }
    }

    /**
     * The posting that follows a chain whose last posting has {@code prevSeq} and {@code prevHash}.
     *
     * @throws IllegalArgumentException when the lines do not balance (a programming error: the
     *                                  boundary builds lines in pairs)
     */
    public static LedgerPosting next(long prevSeq, String prevHash, PostingKind kind, String reference, String memo,
                                     String postedBy, OffsetDateTime postedAt, List<Line> lines) {
        if (kind == PostingKind.REVERSAL) {
            throw new IllegalArgumentException("use reversal()");
        }
        return new LedgerPosting(prevSeq, prevHash, kind, reference, memo, null, postedBy, postedAt, lines);
    }

    /** The reversal of {@code original}: its lines with the sides swapped, and the reason. */
    public static LedgerPosting reversal(long prevSeq, String prevHash, LedgerPosting original, String reason,
                                         String postedBy, OffsetDateTime postedAt) {
        if (original.kind == PostingKind.REVERSAL) {
            throw new IllegalArgumentException("a reversal is not reversed; post the original again");
        }
        List<Line> swapped = original.lines.stream()
                .map(l -> new Line(l.getFundId(), l.getUnitId(), l.getAccount(), l.getCredit(), l.getDebit())).toList();
        return new LedgerPosting(prevSeq, prevHash, PostingKind.REVERSAL, original.reference, reason, original.seq,
                postedBy, postedAt, swapped);
    }

    private static String cut(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** The posting's total (the sum of its debits). */
    public BigDecimal total() {
        return lines.stream().map(LedgerLine::getDebit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() { return id; }
    public long getSeq() { return seq; }
    public PostingKind getKind() { return kind; }
    public String getReference() { return reference; }
    public String getMemo() { return memo; }
    public Long getReversesSeq() { return reversesSeq; }
    public String getPostedBy() { return postedBy; }
    public OffsetDateTime getPostedAt() { return postedAt; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
    public List<LedgerLine> getLines() { return Collections.unmodifiableList(lines); }
}
