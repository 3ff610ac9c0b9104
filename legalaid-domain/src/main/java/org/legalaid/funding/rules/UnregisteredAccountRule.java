package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.Payment;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/**
 * Rule 5a: money goes only to the firm's registered account (changed only with a second person's
 * approval, issue 4). A firm without one, or a payment made to another account, is flagged.
 */
public class UnregisteredAccountRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.UNREGISTERED_ACCOUNT;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        Payment.PayeeAccount registered = f.registeredAccount();
        if (registered == null || registered.accountNo() == null || registered.accountNo().isBlank()) {
            return Optional.of(ClaimRule.finding(code(), f, "flag.noRegisteredAccount", List.of(f.claim().getFirmName()),
                    "firm=" + f.claim().getFirmId()));
        }
        Payment.PayeeAccount paid = f.paidToAccount();
        if (paid == null || paid.accountNo().equals(registered.accountNo())) {
            return Optional.empty();
        }
        return Optional.of(ClaimRule.finding(code(), f, "flag.unregisteredAccount",
                List.of(f.claim().getFirmName(), mask(paid.accountNo()), mask(registered.accountNo())),
                "firm=" + f.claim().getFirmId() + "; paidTo=" + paid.accountNo() + "; registered=" + registered.accountNo()));
    }

    static String mask(String no) {
        return no.length() <= 4 ? no : "*".repeat(no.length() - 4) + no.substring(no.length() - 4);
    }
}
