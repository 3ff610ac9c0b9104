package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.control.ApplicantRegistry;
import org.legalaid.intake.control.ApplicantRepository;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.CurrentTime;

import java.util.List;
import java.util.Optional;

/**
 * The applicant register (docs/domain.md "Case lifecycle" 2): intake clerks register applicants by
 * their 居民身份证 number and re-use the record when the person comes back; reviewers and
 * approvers read them. A district clerk never sees another district's applicants. Every read of
 * one applicant is audited.
 */
@Stateless
@RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER})
public class ApplicantService {

    private static final String APPLICANT = "Applicant";

    @Inject
    private ApplicantRepository applicants;

    @Inject
    private ApplicantRegistry registry;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * What registering came to.
     *
     * @param applicant the record
     * @param reused    true when the person was already registered in the clerk's unit: the
     *                  existing record is returned unchanged, to be corrected with {@link #update}
     */
    public record Registration(Applicant applicant, boolean reused) {
    }

    /** Registers a person in the clerk's unit, or finds them there by ID number. */
    @RolesAllowed(Roles.INTAKE_CLERK)
    public Registration register(@NotNull @Valid NewApplicant form) {
        CallerProfile clerk = organisation.getCaller();
        ApplicantRegistry.Result r = registry.register(form, clerk.getUnitId(), clerk.getUsername(), time.now());
        return new Registration(r.applicant(), r.reused());
    }

    /** Corrects an applicant's details as the clerk saw them at {@code expectedVersion}. */
    @RolesAllowed(Roles.INTAKE_CLERK)
    public Applicant update(long id, @NotNull @Valid NewApplicant form, long expectedVersion) {
        Applicant a = inScope(id);
        if (a.getVersion() != expectedVersion) {
            throw new BusinessException("error.staleData");
        }
        ResidentIdNumber given = ResidentIdNumber.parse(form.getIdNumber(), time.today());
        if (!given.value().equals(a.idNumber())) {
            throw new BusinessException("intake.applicant.idNumberImmutable");
        }
        a.update(form, time.today());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, APPLICANT, id, "details corrected; household " + a.getHouseholdSize()
                + ", income/month " + a.getHouseholdMonthlyIncome()));
        return a;
    }

    /** The person's record in the caller's units, looked up by the full ID number (audited). */
    public Optional<Applicant> findByIdNumber(@NotBlank @Size(max = 20) String idNumber) {
        ResidentIdNumber id = ResidentIdNumber.parse(idNumber, time.today());
        Optional<Applicant> found = applicants.findByIdNumberInUnits(id.value(), organisation.findUnitIdsInScope())
                .stream().findFirst();
        found.ifPresent(a -> audit.fire(AuditEvent.of(AuditAction.READ, APPLICANT, a.getId(), "looked up by ID number")));
        return found;
    }

    /** One applicant in scope (audited). */
    public Applicant getApplicant(long id) {
        Applicant a = inScope(id);
        audit.fire(AuditEvent.of(AuditAction.READ, APPLICANT, id, "viewed applicant"));
        return a;
    }

    /** A page of the register, newest first; {@code text} matches a name part or a whole ID number. */
    public List<Applicant> findApplicants(@Size(max = 50) String text, @Min(0) int first, @Min(1) @Max(500) int max) {
        return applicants.findPage(organisation.findUnitIdsInScope(), blankToNull(text), first, max);
    }

    public long countApplicants(@Size(max = 50) String text) {
        return applicants.count(organisation.findUnitIdsInScope(), blankToNull(text));
    }

    private Applicant inScope(long id) {
        return applicants.findInUnits(id, organisation.findUnitIdsInScope()).orElseThrow(() -> new NotFoundException(APPLICANT, id));
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
