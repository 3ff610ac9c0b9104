package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.intake.SubjectType;
import org.legalaid.shared.Roles;

import java.util.Optional;

/**
 * What an application or a notice led to, for the links of the intake and assignment pages (issue
 * 18): the case, when one was opened. Only the number and id are given — opening the case checks the
 * reader's units as every case page does.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class FollowUpService {

    @Inject
    @Any
    private Instance<CaseOfSubject> cases;

    /** The case opened for the application or notice, if any. */
    @RolesAllowed(Roles.STAFF)
    public Optional<CaseOfSubject.CaseLink> findCase(@NotNull SubjectType type, long subjectId) {
        for (CaseOfSubject c : cases) {
            Optional<CaseOfSubject.CaseLink> found = c.findCaseOf(type, subjectId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
