package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/** Rule 7: a case subsidy charged to a fund whose uses exclude it (挪用 / 挤占; 专款专用). */
public class FundPurposeRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.FUND_PURPOSE;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        if (f.fundAllowsCaseSubsidy()) {
            return Optional.empty();
        }
        return Optional.of(ClaimRule.finding(code(), f, "flag.fundPurpose", List.of(f.fundName()),
                "fund=" + f.claim().getFundId()));
    }
}
