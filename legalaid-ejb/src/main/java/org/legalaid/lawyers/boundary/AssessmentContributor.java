package org.legalaid.lawyers.boundary;

/**
 * Another context's part of a lawyer's annual assessment 考核 (LAL art. 60): the quality context gives
 * the year's quality grade, the complaints context the complaints upheld against the lawyer. A CDI bean
 * of that context implements it and {@link AssessmentService} gathers every contribution with its own
 * figures — the lawyers context depends on neither, and reads none of their tables.
 */
public interface AssessmentContributor {

    /** What this context knows of the lawyer's year; {@link Contribution#NONE} when nothing. */
    Contribution contributionFor(long lawyerId, int year);

    /**
     * @param qualityGrade     the year's quality grade as a label key of the quality context (e.g.
     *                         {@code quality.grade.GOOD}), or null when this context does not grade
     * @param upheldComplaints complaints upheld against the lawyer in the year, or null when this
     *                         context does not count them
     */
    record Contribution(String qualityGrade, Integer upheldComplaints) {

        public static final Contribution NONE = new Contribution(null, null);

        /** This contribution with the other's figures where this one has none. */
        public Contribution with(Contribution other) {
            return new Contribution(qualityGrade != null ? qualityGrade : other.qualityGrade,
                    upheldComplaints != null ? upheldComplaints : other.upheldComplaints);
        }
    }
}
