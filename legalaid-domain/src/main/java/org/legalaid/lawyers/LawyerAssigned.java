package org.legalaid.lawyers;

import org.legalaid.intake.SubjectType;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A lawyer was assigned to a case, first or in place of another (指派, LAL art. 43, 36, 55): the
 * lawyers context fires it inside the assigning transaction, so that the cases context opens the
 * case (or names its next lawyer) together with the assignment, or not at all.
 *
 * @param replacedAssignmentId the assignment that ended for this one, or null for the first
 */
public record LawyerAssigned(SubjectType subjectType, long subjectId, long unitId, long assignmentId,
                             long lawyerId, String lawyerName, String firmName, LocalDate assignedOn,
                             Long replacedAssignmentId) {

    public LawyerAssigned {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(lawyerName, "lawyerName");
        Objects.requireNonNull(assignedOn, "assignedOn");
    }

    /** Whether this replaces an earlier lawyer on the same case. */
    public boolean isChange() {
        return replacedAssignmentId != null;
    }
}
