package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/** Rule 5b: the account the firm is paid to is also registered for other firms. */
public class SharedAccountRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.SHARED_ACCOUNT;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        if (f.firmsSharingAccount().isEmpty()) {
            return Optional.empty();
        }
        String others = String.join("、", f.firmsSharingAccount());
        return Optional.of(ClaimRule.finding(code(), f, "flag.sharedAccount",
                List.of(f.claim().getFirmName(), others), "firm=" + f.claim().getFirmId() + "; sharedWith=" + others));
    }
}
