package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rule 4b: several payments to one firm, each just under the amount that needs a second approver,
 * within the window (the settings' days, margin and count) — a large payment split to avoid the
 * second approval.
 */
public class SplitPaymentRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.SPLIT_PAYMENTS;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        BigDecimal limit = f.settings().getSecondApprovalAbove();
        BigDecimal floor = limit.multiply(BigDecimal.valueOf(100 - f.settings().getSplitMarginPercent()))
                .divide(BigDecimal.valueOf(100));
        List<BigDecimal> near = new ArrayList<>();
        for (BigDecimal a : f.recentToFirm()) {
            if (justUnder(a, floor, limit)) {
                near.add(a);
            }
        }
        if (!justUnder(f.claim().getAmount(), floor, limit)) {
            return Optional.empty();
        }
        near.add(f.claim().getAmount());
        if (near.size() < f.settings().getSplitMinCount()) {
            return Optional.empty();
        }
        BigDecimal sum = near.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String amounts = near.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
        return Optional.of(ClaimRule.finding(code(), f, "flag.split",
                List.of(f.claim().getFirmName(), String.valueOf(near.size()), String.valueOf(f.settings().getSplitWindowDays()),
                        limit.toPlainString(), sum.toPlainString()),
                "firm=" + f.claim().getFirmId() + "; amounts=" + amounts + "; threshold=" + limit));
    }

    private static boolean justUnder(BigDecimal a, BigDecimal floor, BigDecimal limit) {
        return a.compareTo(floor) >= 0 && a.compareTo(limit) <= 0;
    }
}
