package org.legalaid.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a ledger posting: an amount on the debit or the credit side of an account of a fund
 * and unit. Immutable; the database refuses UPDATE and DELETE (PostgreSQL).
 */
@Entity
@Table(name = "ledger_line")
public class LedgerLine implements Serializable {

    @Id
    @SequenceGenerator(name = "ledger_line_seq", sequenceName = "ledger_line_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "posting_id", nullable = false, updatable = false)
    private LedgerPosting posting;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "account", nullable = false, length = 20, updatable = false)
    private LedgerAccount account;

    @Column(name = "debit", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal debit;

    @Column(name = "credit", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal credit;

    protected LedgerLine() {
        // for JPA
    }

    LedgerLine(LedgerPosting posting, int lineNo, long fundId, long unitId, LedgerAccount account, BigDecimal debit,
               BigDecimal credit) {
        this.posting = posting;
        this.lineNo = lineNo;
        this.fundId = fundId;
        this.unitId = unitId;
        this.account = Objects.requireNonNull(account);
        this.debit = Yuan.fen(debit);
        this.credit = Yuan.fen(credit);
    }

    /** The line's effect on its account's balance (positive raises it). */
    public BigDecimal effect() {
        return account.isDebitNormal() ? debit.subtract(credit) : credit.subtract(debit);
    }

    public Long getId() { return id; }
    public int getLineNo() { return lineNo; }
    public long getFundId() { return fundId; }
    public long getUnitId() { return unitId; }
    public LedgerAccount getAccount() { return account; }
    public BigDecimal getDebit() { return debit; }
    public BigDecimal getCredit() { return credit; }
}
