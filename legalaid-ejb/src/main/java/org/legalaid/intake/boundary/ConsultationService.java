package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.legalaid.intake.Consultation;
import org.legalaid.intake.ConsultationChannel;
import org.legalaid.intake.ConsultationFilter;
import org.legalaid.intake.NewConsultation;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.control.ConsultationRepository;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Consultations (咨询, docs/domain.md "Case lifecycle" 1): the intake clerk records them; clerks,
 * reviewers, approvers and the bureau's supervisors list and count them within their units.
 * Opening one that names a person is a read of a person's record and is audited.
 */
@Stateless
@RolesAllowed({Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class ConsultationService {

    private static final String CONSULTATION = "Consultation";

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    /** Records a consultation for the clerk's own unit. */
    @RolesAllowed(Roles.INTAKE_CLERK)
    public Consultation record(@NotNull @Valid NewConsultation form) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ResidentIdNumber id = form.getPersonIdNumber() == null ? null
                : ResidentIdNumber.parse(form.getPersonIdNumber(), now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate());
        OffsetDateTime consultedAt = form.getConsultedAt() == null ? now
                : form.getConsultedAt().atZone(ChinaTime.ZONE).toOffsetDateTime();
        CallerProfile clerk = organisation.getCaller();
        Consultation c = consultations.add(new Consultation(form, consultedAt, id, clerk.getUnitId(), clerk.getUsername(), now));
        audit.fire(AuditEvent.of(AuditAction.CREATE, CONSULTATION, c.getId(), "channel=" + c.getChannel()
                + ", topic=" + c.getTopic() + (id == null ? "" : ", person id " + id.masked())));
        return c;
    }

    public List<Consultation> findConsultations(@NotNull ConsultationFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        return consultations.findPage(organisation.findUnitIdsInScope(), filter, first, max);
    }

    public long countConsultations(@NotNull ConsultationFilter filter) {
        return consultations.count(organisation.findUnitIdsInScope(), filter);
    }

    /** Consultations per channel in the filter's period, every channel present (zero when none). */
    public Map<ConsultationChannel, Long> countByChannel(@NotNull ConsultationFilter filter) {
        return consultations.countByChannel(organisation.findUnitIdsInScope(), filter);
    }

    /** One consultation in scope; reading one that names a person is audited. */
    public Consultation getConsultation(long id) {
        Consultation c = consultations.findInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(CONSULTATION, id));
        if (c.namesAPerson()) {
            audit.fire(AuditEvent.of(AuditAction.READ, CONSULTATION, id, "viewed consultation with a named person"));
        }
        return c;
    }
}
