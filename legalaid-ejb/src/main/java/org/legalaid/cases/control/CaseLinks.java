package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.boundary.CaseOfSubject;

import java.util.Optional;

/** The cases context's answer to "which case did this application or notice lead to" (issue 18). */
@ApplicationScoped
public class CaseLinks implements CaseOfSubject {

    @Inject
    private CaseRepository cases;

    @Override
    public Optional<CaseLink> findCaseOf(SubjectType type, long subjectId) {
        return cases.findBySubject(type, subjectId).map(c -> new CaseLink(c.getId(), c.getCaseNumber()));
    }
}
