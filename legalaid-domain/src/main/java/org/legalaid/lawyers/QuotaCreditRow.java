package org.legalaid.lawyers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.math.BigDecimal;

/** A {@link CreditRule} as stored with its rule (table {@code quota_credit_rule}). */
@Embeddable
public class QuotaCreditRow implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_kind", nullable = false, length = 30)
    private CreditKind kind;

    @Column(name = "units_per_case", nullable = false, precision = 8, scale = 2)
    private BigDecimal unitsPerCase;

    protected QuotaCreditRow() {
        // for JPA
    }

    QuotaCreditRow(CreditRule rule) {
        this.kind = rule.kind();
        this.unitsPerCase = rule.unitsPerCase();
    }

    public CreditRule rule() {
        return new CreditRule(kind, unitsPerCase);
    }
}
