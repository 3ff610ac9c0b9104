package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Rule 9: with this claim, the unit's commitments and payments of the year exceed its budget. */
public class BudgetOverrunRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.BUDGET_OVERRUN;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        BigDecimal after = f.spent().add(f.claim().getAmount());
        if (after.compareTo(f.budget()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(ClaimRule.finding(code(), f, "flag.budgetOverrun",
                List.of(f.budget().toPlainString(), after.toPlainString(), after.subtract(f.budget()).toPlainString()),
                "budget=" + f.budget() + "; spentWithClaim=" + after));
    }
}
