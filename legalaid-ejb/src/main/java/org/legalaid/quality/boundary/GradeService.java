package org.legalaid.quality.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.legalaid.quality.CheckFinding;
import org.legalaid.quality.Grade;
import org.legalaid.quality.control.QualityRepository;
import org.legalaid.shared.Roles;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What other contexts and the case page may know of a case's quality: its final grade, once a campaign's
 * results are published (funding's quality factor, 质量效果挂钩, seed 001), and the automatic check of its
 * file (一案一评). Final grades are published results; the check names documents, not people.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class GradeService {

    @Inject
    private QualityRepository repository;

    /** The case's latest final grade, empty when it was never evaluated or its campaign is not yet published. */
    public Optional<Grade> findFinalGrade(long caseId) {
        return repository.findFinalGrades(caseId).stream().findFirst();
    }

    /** The automatic check of an archived case's file. */
    public record CaseCheck(long caseId, List<CheckFinding> findings, OffsetDateTime checkedAt) implements Serializable {
    }

    /** The automatic check of the case, empty when it was not archived (or archived before the check existed). */
    public Optional<CaseCheck> findCheck(long caseId) {
        return repository.findArchivedCase(caseId).map(a -> new CaseCheck(a.getCaseId(), a.getFindings(), a.getCheckedAt()));
    }
}
