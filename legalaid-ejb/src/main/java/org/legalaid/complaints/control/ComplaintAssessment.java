package org.legalaid.complaints.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.lawyers.boundary.AssessmentContributor;

import java.time.LocalDate;

/**
 * The complaints' part of a lawyer's annual assessment (考核, LAL art. 60; MoJ order 149 art. 22):
 * the complaints upheld against the lawyer and decided in the year.
 */
@ApplicationScoped
public class ComplaintAssessment implements AssessmentContributor {

    @Inject
    private ComplaintRepository complaints;

    @Override
    public Contribution contributionFor(long lawyerId, int year) {
        long upheld = complaints.countUpheldAgainstLawyer(lawyerId, LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay());
        return new Contribution(null, (int) upheld);
    }
}
