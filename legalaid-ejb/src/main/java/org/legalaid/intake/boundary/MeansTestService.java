package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.HardshipStandardEntry;
import org.legalaid.intake.MeansTest;
import org.legalaid.intake.MeansTestResult;
import org.legalaid.intake.NewHardshipStandard;
import org.legalaid.intake.control.HardshipStandardRepository;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The economic-hardship test (LAL art. 34): the standards per region and year, which an
 * administrator maintains from the local government's notices, and the test of an applicant's
 * household against the standard of the accepting centre's region for the year.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER})
public class MeansTestService {

    private static final String STANDARD = "HardshipStandard";

    @Inject
    private HardshipStandardRepository standards;

    @Inject
    private ApplicantService applicants;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    public List<HardshipStandardEntry> findStandards() {
        return standards.findAll();
    }

    /**
     * Sets the standard of a region for a year: adds it, or corrects the one there is (the old and
     * new figures go to the audit trail).
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public HardshipStandardEntry setStandard(@NotNull @Valid NewHardshipStandard form) {
        String by = organisation.getCaller().getUsername();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<HardshipStandardEntry> existing = standards.find(form.getRegionCode(), form.getYear());
        if (existing.isPresent()) {
            HardshipStandardEntry e = existing.get();
            String before = e.getMinimumLivingStandard() + " × " + e.getMultiplier();
            e.apply(form, by, now);
            audit.fire(AuditEvent.of(AuditAction.UPDATE, STANDARD, e.getId(), e.getRegionCode() + " " + e.getYear() + ": "
                    + before + " → " + e.getMinimumLivingStandard() + " × " + e.getMultiplier() + " (" + e.getBasis() + ")"));
            return e;
        }
        HardshipStandardEntry e = standards.add(new HardshipStandardEntry(form, by, now));
        audit.fire(AuditEvent.of(AuditAction.CREATE, STANDARD, e.getId(), e.getRegionCode() + " " + e.getYear() + ": "
                + e.getMinimumLivingStandard() + " × " + e.getMultiplier() + " (" + e.getBasis() + ")"));
        return e;
    }

    /**
     * Tests an applicant's household against the standard of {@code regionCode} for {@code year}.
     * Refused when no standard was entered for them: the reviewer must not guess.
     */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER})
    public MeansTestResult assess(long applicantId, @NotNull @Pattern(regexp = "[0-9]{6}") String regionCode, int year) {
        HardshipStandardEntry standard = standards.find(regionCode, year)
                .orElseThrow(() -> new BusinessException("intake.hardshipStandard.missing", regionCode, year));
        Applicant a = applicants.getApplicant(applicantId);
        return MeansTest.assess(a.getHouseholdMonthlyIncome(), a.getHouseholdSize(), standard.standard());
    }
}
