package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rule 4a: another active claim for the same case and stage. The same lawyer twice is impossible (the
 * database's unique key refuses it); two lawyers for one stage happen after a change of lawyer, and a
 * person checks that the work is not paid twice.
 */
public class DuplicateRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.DUPLICATE;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        if (f.sameCaseStage().isEmpty()) {
            return Optional.empty();
        }
        String others = f.sameCaseStage().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Optional.of(ClaimRule.finding(code(), f, "flag.duplicate",
                List.of(f.claim().getCaseNumber(), f.claim().getStage().labelKey(), others), "otherClaims=" + others));
    }
}
