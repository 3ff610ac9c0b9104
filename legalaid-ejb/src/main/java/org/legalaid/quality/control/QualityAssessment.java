package org.legalaid.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.lawyers.boundary.AssessmentContributor;
import org.legalaid.quality.Grade;

import java.util.Comparator;
import java.util.List;

/**
 * The quality context's part of a lawyer's annual assessment (考核, LAL art. 60): the year's quality grade
 * is the lowest final grade of the lawyer's cases made final that year — one 不合格 case is not averaged
 * away (seed 004 "对照省厅的评估标准，查找差距和不足"); no final grade that year, no contribution.
 */
@ApplicationScoped
public class QualityAssessment implements AssessmentContributor {

    @Inject
    private QualityRepository repository;

    @Override
    public Contribution contributionFor(long lawyerId, int year) {
        List<Grade> grades = repository.findFinalGradesOfLawyer(lawyerId, year);
        return grades.stream().max(Comparator.naturalOrder())
                .map(g -> new Contribution(g.labelKey(), null)).orElse(Contribution.NONE);
    }
}
