package org.legalaid.lawyers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a lawyer's annual assessment 考核 draws on (LAL art. 60; issue 4 "Annual assessment"): the
 * year's quota progress, refusals of offered cases (LAL art. 62, 63) and agreements signed late
 * ({@link AgreementTimeliness}). The quality grade and the upheld complaints belong to the quality
 * and complaints contexts, which give them through {@code lawyers.boundary.AssessmentContributor}; null
 * when no context gives them.
 *
 * @param quota            the quota after reductions, in cases
 * @param assigned         cases assigned in the year
 * @param completed        of those, cases closed
 * @param credited         cases credited for other service
 * @param fulfilment       counted / quota ({@link QuotaProgress#fulfilment()})
 * @param refusals         refusals recorded in the year
 * @param lateAssignments  assignments of the year whose agreement was signed late or not yet signed
 *                         after the time limit
 * @param qualityGrade     the quality evaluation's grade; null when not given
 * @param upheldComplaints complaints upheld against the lawyer; null when not given
 */
public record AssessmentFigures(BigDecimal quota, int assigned, int completed, BigDecimal credited,
                                BigDecimal fulfilment, int refusals, int lateAssignments, String qualityGrade,
                                Integer upheldComplaints) implements Serializable {

    public AssessmentFigures {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(fulfilment, "fulfilment");
    }

    /** The figures of a year's progress with the refusals and late agreements counted. */
    public static AssessmentFigures of(QuotaProgress progress, int refusals, int lateAssignments) {
        return new AssessmentFigures(progress.quota(), progress.assigned(), progress.completed(), progress.credited(),
                progress.fulfilment(), refusals, lateAssignments, null, null);
    }

    /** These figures with the quality grade and upheld complaints the other contexts gave (null: not given). */
    public AssessmentFigures with(String grade, Integer upheld) {
        return new AssessmentFigures(quota, assigned, completed, credited, fulfilment, refusals, lateAssignments,
                grade, upheld);
    }
}
