package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/**
 * Rule 3: an amount above the calculation by the standard (随意增加办案补贴, seed 000) stands only as a
 * documented exception that an approver accepts by resolving this flag with a reason.
 */
public class AboveStandardRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.ABOVE_STANDARD;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        if (!f.claim().isAboveStandard()) {
            return Optional.empty();
        }
        String reason = f.claim().getExceptionReason() == null ? "" : f.claim().getExceptionReason();
        return Optional.of(ClaimRule.finding(code(), f, "flag.aboveStandard",
                List.of(f.claim().getAmount().toPlainString(), f.claim().getCalculatedAmount().toPlainString(), reason),
                "amount=" + f.claim().getAmount() + "; calculated=" + f.claim().getCalculatedAmount() + "; standard="
                        + f.claim().getStandardId()));
    }
}
