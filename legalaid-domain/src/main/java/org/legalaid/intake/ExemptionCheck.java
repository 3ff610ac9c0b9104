package org.legalaid.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an applicant is exempt from the means test (docs/domain.md, "Case lifecycle" 4; LAL art.
 * 32 and 42), and on which ground: the first rule in the list that exempts them. The rule's
 * {@link ExemptionRule#legalBasis()} is the reason written into the decision, so list order is
 * the order of preference — national grounds before local ones, as {@link ExemptionRules#defaults()}
 * has them.
 */
public final class ExemptionCheck {

    private ExemptionCheck() {
    }

    /** The first rule that exempts {@code applicant} in a matter of {@code category}, or empty. */
    public static Optional<ExemptionRule> firstMatching(List<ExemptionRule> rules, ApplicantProfile applicant,
                                                        MatterCategory category) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(category, "category");
        return rules.stream().filter(rule -> rule.exempts(applicant, category)).findFirst();
    }
}
