package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/**
 * Rule 10: the lawyer took money or property from the client in this case (有偿办案, LAL art. 20). The
 * reports come from the complaints part once it exists (an upheld complaint of that kind); until then
 * the count is zero and the rule is silent.
 */
public class ClientPaymentRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.CLIENT_PAYMENT;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        if (f.clientPaymentReports() == 0) {
            return Optional.empty();
        }
        return Optional.of(ClaimRule.finding(code(), f, "flag.clientPayment",
                List.of(f.claim().getLawyerName(), String.valueOf(f.clientPaymentReports())),
                "lawyer=" + f.claim().getLawyerId() + "; reports=" + f.clientPaymentReports()));
    }
}
