package org.legalaid.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a subsidy calculation, with the standard or rule behind it: a message key (e.g.
 * {@code calc.base}), the figures it names (joined by {@link #SEPARATOR}) and the amount. No tax
 * lines: legal aid subsidies are exempt from VAT and income tax (LAL art. 52).
 */
@Embeddable
public class CalculationLine implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String SEPARATOR = "\u001f";

    @Column(name = "label_key", nullable = false, length = 60)
    private String labelKey;

    @Column(name = "detail", nullable = false, length = 500)
    private String detail;

    @Column(name = "amount", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE)
    private BigDecimal amount;

    protected CalculationLine() {
        // for JPA
    }

    public CalculationLine(String labelKey, BigDecimal amount, Object... figures) {
        this.labelKey = labelKey;
        this.amount = Yuan.fen(amount);
        StringBuilder sb = new StringBuilder();
        for (Object f : figures) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(f instanceof BigDecimal b ? b.toPlainString() : String.valueOf(f));
        }
        this.detail = sb.toString();
    }

    public String getLabelKey() { return labelKey; }
    public BigDecimal getAmount() { return amount; }

    /** The figures of the line's text, in order. */
    public String[] getFigures() {
        return detail.isEmpty() ? new String[0] : detail.split(SEPARATOR, -1);
    }
}
