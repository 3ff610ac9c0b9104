package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/** Rule 1: only an archived case, whose file passed review, is paid (docs/domain.md "Case lifecycle" 9). */
public class NotArchivedRule implements ClaimRule {

    @Override
    public RuleCode code() {
        return RuleCode.NOT_ARCHIVED;
    }

    @Override
    public Optional<Finding> check(ClaimFacts f) {
        if ("ARCHIVED".equals(f.caseStatus())) {
            return Optional.empty();
        }
        return Optional.of(ClaimRule.finding(code(), f, "flag.notArchived",
                List.of(f.claim().getCaseNumber(), f.caseStatus()), "caseStatus=" + f.caseStatus()));
    }
}
