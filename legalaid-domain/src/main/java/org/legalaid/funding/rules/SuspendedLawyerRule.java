package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/** Rule 6: no subsidy to a suspended or exited lawyer for work after the suspension or exit took effect. */
public class SuspendedLawyerRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.SUSPENDED_LAWYER;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        boolean out = "SUSPENDED".equals(f.lawyerStatus()) || "EXITED".equals(f.lawyerStatus());
        if (!out || f.lawyerStatusSince() == null || f.caseWorkDay() == null || f.caseWorkDay().isBefore(f.lawyerStatusSince())) {
            return Optional.empty();
        }
        return Optional.of(ClaimRule.finding(code(), f, "flag.suspendedLawyer",
                List.of(f.claim().getLawyerName(), "lawyerStatus." + f.lawyerStatus(), f.lawyerStatusSince().toString(),
                        f.caseWorkDay().toString()),
                "lawyer=" + f.claim().getLawyerId() + "; status=" + f.lawyerStatus() + " since " + f.lawyerStatusSince()
                        + "; workUntil=" + f.caseWorkDay()));
    }
}
