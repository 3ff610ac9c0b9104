package org.legalaid.funding;

import org.legalaid.shared.UserName;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A fund: money of one source for one fiscal year, held by one unit, that may pay only for the
 * uses it lists (专款专用, docs/domain.md "Funding"). What it holds is never stored here: budgets,
 * allocations, commitments and payments are postings in the ledger, and its balances are sums over
 * them.
 */
@Entity
@Table(name = "fund")
public class Fund implements Serializable {

    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "fund_seq", sequenceName = "fund_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30, updatable = false)
    private FundSource source;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Convert(converter = FundUsesConverter.class)
    @Column(name = "uses", nullable = false, length = 200, updatable = false)
    private Set<FundUse> uses;

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Fund() {
        // for JPA
    }

    /**
     * A fund of {@code source}, for {@code fiscalYear}, held by the unit.
     *
     * @throws BusinessException {@code funding.fund.noUse} without a use; {@code funding.fund.useNotPermitted}
     *                           (use, source) for a use the source may not pay (the central earmarked
     *                           fund pays case subsidies only)
     */
    public Fund(long unitId, int fiscalYear, FundSource source, String name, Set<FundUse> uses, String createdBy,
                OffsetDateTime now) {
        if (uses == null || uses.isEmpty()) {
            throw new BusinessException("funding.fund.noUse");
        }
        for (FundUse u : uses) {
            if (!source.permittedUses().contains(u)) {
                throw new BusinessException("funding.fund.useNotPermitted", u.labelKey(), source.labelKey());
            }
        }
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new BusinessException("funding.fund.year", fiscalYear);
        }
        this.unitId = unitId;
        this.fiscalYear = fiscalYear;
        this.source = Objects.requireNonNull(source);
        this.name = Objects.requireNonNull(name).strip();
        this.uses = EnumSet.copyOf(uses);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Whether the fund may pay for {@code use} (专款专用). */
    public boolean allows(FundUse use) {
        return uses.contains(use);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getUnitId() { return unitId; }
    public int getFiscalYear() { return fiscalYear; }
    public FundSource getSource() { return source; }
    public String getName() { return name; }
    public Set<FundUse> getUses() { return EnumSet.copyOf(uses); }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
