package org.legalaid.funding.rules;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.util.List;
import java.util.Optional;

/** One anti-misappropriation rule over one claim. */
public interface ClaimRule {

    RuleCode code();

    /** What the rule finds wrong with the claim, if anything. */
    Optional<Finding> check(ClaimFacts facts);

    /** Every claim rule, in the order of docs/domain.md "Funding". */
    static List<ClaimRule> all() {
        return List.of(new NotArchivedRule(), new PayeeNotAssignedRule(), new AboveStandardRule(), new DuplicateRule(),
                new SplitPaymentRule(), new UnregisteredAccountRule(), new SharedAccountRule(), new SuspendedLawyerRule(),
                new FundPurposeRule(), new BudgetOverrunRule(), new ClientPaymentRule());
    }

    /** A finding about the claim of {@code f}. */
    static Finding finding(RuleCode code, ClaimFacts f, String key, List<String> figures, String evidence) {
        return new Finding(code, f.subject(), f.claim().getUnitId(), f.claim().getId(), key, figures,
                "claim=" + f.claim().getId() + "; case=" + f.claim().getCaseNumber() + " (" + f.claim().getCaseId() + "); "
                        + evidence);
    }
}
