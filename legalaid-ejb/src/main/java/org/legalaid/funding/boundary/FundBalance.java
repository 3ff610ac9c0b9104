package org.legalaid.funding.boundary;

import org.legalaid.funding.FundSource;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A fund's position at one unit, summed from the ledger (never stored): the budget appropriated there,
 * allocations received and passed on, what is committed to approved claims and not yet paid, what was
 * paid, and what is still available.
 */
public record FundBalance(long fundId, String fundName, FundSource source, int fiscalYear, long unitId, String unitName,
                          BigDecimal budget, BigDecimal allocatedIn, BigDecimal allocatedOut, BigDecimal committed,
                          BigDecimal paid, BigDecimal available) implements Serializable {

    /** The share of the money that reached the unit (budget and allocations received) that is paid or committed, in percent. */
    public int getUsedPercent() {
        BigDecimal in = budget.add(allocatedIn).subtract(allocatedOut);
        if (in.signum() <= 0) {
            return 0;
        }
        return committed.add(paid).multiply(BigDecimal.valueOf(100)).divide(in, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    public String getFundName() { return fundName; }
    public FundSource getSource() { return source; }
    public int getFiscalYear() { return fiscalYear; }
    public String getUnitName() { return unitName; }
    public BigDecimal getBudget() { return budget; }
    public BigDecimal getAllocatedIn() { return allocatedIn; }
    public BigDecimal getAllocatedOut() { return allocatedOut; }
    public BigDecimal getCommitted() { return committed; }
    public BigDecimal getPaid() { return paid; }
    public BigDecimal getAvailable() { return available; }
}
