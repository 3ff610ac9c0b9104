package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/** Rule 2: the subsidy goes to the lawyer who was assigned to the case, through that lawyer's firm. */
public class PayeeNotAssignedRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.PAYEE_NOT_ASSIGNED;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        long lawyer = f.claim().getLawyerId();
        long firm = f.claim().getFirmId();
        boolean assigned = f.assignedLawyers().stream().anyMatch(a -> a.lawyerId() == lawyer && a.firmId() == firm);
        if (assigned) {
            return Optional.empty();
        }
        return Optional.of(ClaimRule.finding(code(), f, "flag.payeeNotAssigned",
                List.of(f.claim().getLawyerName(), f.claim().getFirmName(), f.claim().getCaseNumber()),
                "lawyer=" + lawyer + "; firm=" + firm + "; assigned=" + f.assignedLawyers()));
    }
}
