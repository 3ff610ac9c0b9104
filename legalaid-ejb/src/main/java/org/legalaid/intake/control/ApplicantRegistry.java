package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Registering a person in a unit, or finding them there by ID number — one rule for the clerk at
 * the window and for an online application (the register is keyed by the 居民身份证 number; a
 * person already registered keeps their record, to be corrected by a clerk).
 */
@ApplicationScoped
public class ApplicantRegistry {

    static final String APPLICANT = "Applicant";

    @Inject
    private ApplicantRepository applicants;

    @Inject
    private Event<AuditEvent> audit;

    /** @param reused true when the person was already registered in the unit */
    public record Result(Applicant applicant, boolean reused) {
    }

    public Result register(NewApplicant form, long unitId, String by, OffsetDateTime now) {
        ResidentIdNumber id = ResidentIdNumber.parse(form.getIdNumber(), now.atZoneSameInstant(org.legalaid.shared.ChinaTime.ZONE).toLocalDate());
        Optional<Applicant> existing = applicants.findByIdNumberInUnit(id.value(), unitId);
        if (existing.isPresent()) {
            audit.fire(AuditEvent.of(AuditAction.READ, APPLICANT, existing.get().getId(), "found by ID number " + id.masked()));
            return new Result(existing.get(), true);
        }
        Applicant a = applicants.add(new Applicant(form, id, unitId, by, now));
        audit.fire(AuditEvent.of(AuditAction.CREATE, APPLICANT, a.getId(), "registered " + id.masked()
                + ", household " + a.getHouseholdSize() + ", income/month " + a.getHouseholdMonthlyIncome()));
        return new Result(a, false);
    }
}
