package org.legalaid.intake;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What the review found (审查, docs/domain.md "Case lifecycle" 4), computed from the application and
 * the applicant's record at the moment the reviewer proposes a decision, and kept with the
 * application so the decision letter and a later audit read the same figures.
 *
 * @param scope      the scope check (LAL art. 31–33)
 * @param exemption  the exemption that applies (LAL art. 32, 42, local lists), if any
 * @param meansTest  the means test (LAL art. 34); empty when exempt, or when no hardship standard
 *                   is entered for the region and year (then only an exemption can carry a grant)
 */
public record ReviewFindings(ScopeResult scope, Optional<ExemptionRule> exemption, Optional<MeansTestResult> meansTest) implements Serializable {

    public ReviewFindings {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(exemption, "exemption");
        Objects.requireNonNull(meansTest, "meansTest");
    }

    /** Whether the economic condition is met: exempt, or in hardship by the means test. */
    public boolean hardshipSatisfied() {
        return exemption.isPresent() || meansTest.map(MeansTestResult::inHardship).orElse(false);
    }
}
