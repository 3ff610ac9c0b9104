package org.legalaid.funding.rules;

import org.legalaid.funding.Allocation;
import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 8 (截留): an allocation a unit received and, the configured number of days later, has neither
 * passed on nor spent for its purpose: what left the fund at that unit since the day it was received
 * (allocations onward and commitments) is less than what it received.
 */
public class WithheldAllocationRule {

    public RuleCode code() {
        return RuleCode.WITHHELD_ALLOCATION;
    }

    /**
     * @param outflowSinceReceived what the receiving unit passed on or committed from the fund since
     *                             the allocation arrived
     * @param fundName             the fund's name, for the explanation
     */
    public Optional<Finding> check(Allocation a, BigDecimal outflowSinceReceived, String fundName, LocalDate today,
                                   int passOnDays) {
        LocalDate due = a.getReceivedOn().plusDays(passOnDays);
        if (!today.isAfter(due) || outflowSinceReceived.compareTo(a.getAmount()) >= 0) {
            return Optional.empty();
        }
        BigDecimal kept = a.getAmount().subtract(outflowSinceReceived);
        return Optional.of(new Finding(code(), "Allocation:" + a.getId(), a.getToUnitId(), null, "flag.withheld",
                List.of(fundName, a.getAmount().toPlainString(), a.getReceivedOn().toString(), String.valueOf(passOnDays),
                        kept.toPlainString()),
                "allocation=" + a.getId() + "; fund=" + a.getFundId() + "; from=" + a.getFromUnitId() + "; to="
                        + a.getToUnitId() + "; received=" + a.getReceivedOn() + "; outflow=" + outflowSinceReceived));
    }
}
