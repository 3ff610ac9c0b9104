package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.legalaid.cases.LegalCase;
import org.legalaid.intake.AssignableCase;
import org.legalaid.intake.CaseOrigin;
import org.legalaid.intake.boundary.AssignableCaseService;
import org.legalaid.lawyers.AgreementSigned;
import org.legalaid.lawyers.LawyerAssigned;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.boundary.DocumentNumberService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.ChinaTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Opens a legal aid case when its first lawyer is assigned, and follows the lawyer changes and the
 * signed agreement — synchronous observers of the lawyers context's events, so the case changes in
 * the assigning transaction or not at all (docs/domain.md "Case lifecycle" 7–8). The case is numbered
 * in the assigning centre's case series (案号, {@link DocumentKind#CASE_FILE}) and gets its case
 * supervisor ({@link SupervisorAssigner}).
 */
@ApplicationScoped
public class CaseOpener {

    public static final String LEGAL_CASE = "LegalCase";

    @Inject
    private CaseRepository cases;

    @Inject
    private AssignableCaseService intake;

    @Inject
    private DocumentNumberService numbers;

    @Inject
    private SupervisorAssigner supervisors;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    void onAssigned(@Observes LawyerAssigned e) {
        LegalCase.AssignedLawyer lawyer = new LegalCase.AssignedLawyer(e.assignmentId(), e.lawyerId(), e.lawyerName(),
                e.firmName());
        if (e.isChange()) {
            cases.findBySubject(e.subjectType(), e.subjectId()).ifPresent(c -> {
                c.changeLawyer(lawyer);
                audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, c.getId(), "lawyer changed to " + e.lawyerName()
                        + " (assignment " + e.assignmentId() + ")"));
            });
            return;
        }
        AssignableCase subject = intake.getCase(e.subjectType(), e.subjectId());
        CaseOrigin origin = intake.findOrigin(e.subjectType(), e.subjectId());
        String number = numbers.next(e.unitId(), DocumentKind.CASE_FILE, e.assignedOn().getYear());
        OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
        LocalDate today = now.toLocalDate();
        LegalCase c = cases.add(new LegalCase(number,
                new LegalCase.Origin(e.subjectType(), e.subjectId(), e.unitId(), subject.matterType(),
                        subject.matterCategory(), subject.client().name(), subject.label(),
                        origin.appliedOn(), origin.acceptedOn(), origin.decidedOn()),
                lawyer, e.assignedOn(), now, today));
        audit.fire(AuditEvent.of(AuditAction.CREATE, LEGAL_CASE, c.getId(), number + " opened for " + e.subjectType()
                + " " + e.subjectId() + ", lawyer " + e.lawyerName()));
        supervisors.assign(c);
    }

    void onAgreementSigned(@Observes AgreementSigned e) {
        cases.findByAssignment(e.assignmentId()).ifPresent(c -> {
            c.recordAgreementSigned(e.signedOn(), LocalDate.now(clock.withZone(ChinaTime.ZONE)));
            audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, c.getId(), "agreement signed on " + e.signedOn()));
        });
    }
}
