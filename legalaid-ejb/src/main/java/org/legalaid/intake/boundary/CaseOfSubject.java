package org.legalaid.intake.boundary;

import org.legalaid.intake.SubjectType;

import java.io.Serializable;
import java.util.Optional;

/**
 * The case an application or a notice led to (issue 18: every record links to the records it leads
 * to). The cases context opens the case and implements this as a CDI bean; intake, which the cases
 * context depends on, asks through {@link FollowUpService} and so never depends on cases.
 */
public interface CaseOfSubject {

    Optional<CaseLink> findCaseOf(SubjectType type, long subjectId);

    /** A case as a link shows it: its id and its number (案号). */
    record CaseLink(long caseId, String caseNumber) implements Serializable {
    }
}
