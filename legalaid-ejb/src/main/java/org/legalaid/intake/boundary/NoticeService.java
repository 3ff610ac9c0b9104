package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.CriminalNotice;
import org.legalaid.intake.CriminalNoticeReceived;
import org.legalaid.intake.CriminalNoticeWithdrawn;
import org.legalaid.intake.NewCriminalNotice;
import org.legalaid.intake.NoticeFilter;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.control.CriminalNoticeRepository;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Role;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Notified criminal cases (通知辩护, LAL art. 25, 35, 36; docs/domain.md "Case lifecycle" 7). A court,
 * procuratorate or police notifies the legal aid centre that a suspect or defendant needs a
 * defence lawyer, and the centre must assign one within 3 days of the notice. Notices arrive two
 * ways: an intake clerk records a paper notice, or the organ's system posts it through the API
 * with an account of its own ({@link Roles#NOTIFYING_ORGAN}), whose unit is the receiving centre.
 *
 * <p>Receiving is idempotent on the organ and its document number ({@link org.legalaid.intake.NoticeKey}):
 * a retry, a second click or a clerk typing a notice the organ already posted gets the notice
 * already stored, unchanged — never a second case. The database's unique constraint decides
 * between concurrent identical posts.
 *
 * <p>Who sees what: staff (intake clerks, assignment officers, approvers) the notices of their
 * units; an organ's account only the notices it sent. Reading one is audited (it names a person).
 */
@Stateless
@RolesAllowed({Roles.INTAKE_CLERK, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER})
public class NoticeService {

    private static final String NOTICE = "CriminalNotice";

    @Inject
    private CriminalNoticeRepository notices;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    @Inject
    private Event<CriminalNoticeReceived> received;

    @Inject
    private Event<CriminalNoticeWithdrawn> withdrawn;

    /**
     * What receiving a notice came to.
     *
     * @param notice  the stored notice
     * @param created true when this call stored it; false when it was already there (a retry), in
     *                which case nothing was changed and no clock started
     */
    public record Receipt(CriminalNotice notice, boolean created) {
    }

    /**
     * Receives a notice for the caller's unit: a clerk's paper notice, or an organ's API call
     * (whose time of receipt is always now). The notice is checked in full first — ID number,
     * organ and stage, grounds — so that bad input is refused the same way on a retry.
     *
     * @throws BusinessException {@code intake.notice.receivedElsewhere} when the same notice is
     *                           already stored where the caller cannot see it (another centre,
     *                           or sent by another account); the rules of
     *                           {@link CriminalNotice#CriminalNotice} and {@link ResidentIdNumber#parse}
     */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.NOTIFYING_ORGAN})
    public Receipt receive(@NotNull @Valid NewCriminalNotice form) {
        CallerProfile caller = caller();
        // Whole seconds: what the database keeps, so a retry answers with exactly the same time.
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        boolean organ = caller.hasRole(Role.NOTIFYING_ORGAN);
        OffsetDateTime receivedAt = organ || form.getReceivedAt() == null ? now
                : form.getReceivedAt().truncatedTo(ChronoUnit.SECONDS).atZone(ChinaTime.ZONE).toOffsetDateTime();
        ResidentIdNumber id = form.getDefendantIdNumber() == null ? null
                : ResidentIdNumber.parse(form.getDefendantIdNumber(), receivedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate());
        CriminalNotice candidate = new CriminalNotice(form, id, caller.getUnitId(), receivedAt, caller.getUsername(), now);

        Optional<CriminalNotice> existing = notices.findByKey(candidate.key());
        if (existing.isPresent()) {
            return again(existing.get(), caller);
        }
        try {
            CriminalNotice stored = notices.addInOwnTransaction(candidate, n -> {
                audit.fire(AuditEvent.of(AuditAction.CREATE, NOTICE, n.getId(), "from " + n.getOrganType() + " "
                        + n.getOrganName() + " " + n.getOrganDocumentNumber() + ", stage " + n.getStage() + ", grounds "
                        + n.getGrounds() + (id == null ? "" : ", defendant id " + id.masked())
                        + (organ ? ", via API" : ", recorded by clerk")));
                received.fire(new CriminalNoticeReceived(n.getId(), n.getUnitId(), n.receivedAtInChina(), n.label()));
            });
            return new Receipt(stored, true);
        } catch (PersistenceException lostTheRace) {
            // An identical notice committed between the look-up and the insert: the unique
            // constraint refused ours, and that one is the notice.
            CriminalNotice winner = notices.findByKey(candidate.key()).orElseThrow(() -> lostTheRace);
            return again(winner, caller);
        }
    }

    private Receipt again(CriminalNotice existing, CallerProfile caller) {
        if (!visibleTo(existing, caller)) {
            throw new BusinessException("intake.notice.receivedElsewhere", existing.getOrganName(), existing.getOrganDocumentNumber());
        }
        audit.fire(AuditEvent.of(AuditAction.READ, NOTICE, existing.getId(), "received again (retry); nothing changed"));
        return new Receipt(existing, false);
    }

    /** One notice the caller may see (audited). */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER, Roles.NOTIFYING_ORGAN})
    public CriminalNotice getNotice(long id) {
        CriminalNotice n = visible(id);
        audit.fire(AuditEvent.of(AuditAction.READ, NOTICE, id, "viewed notice"));
        return n;
    }

    /** A page of the notices of the caller's units, newest first. */
    public List<CriminalNotice> findNotices(@NotNull NoticeFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        return notices.findPage(organisation.findUnitIdsInScope(), filter, first, max);
    }

    public long countNotices(@NotNull NoticeFilter filter) {
        return notices.count(organisation.findUnitIdsInScope(), filter);
    }

    /**
     * Withdraws a notice still waiting for its lawyer, at the organ's request: by the organ's
     * account, or by a clerk who received the withdrawal on paper. Stops nothing else: once a
     * lawyer is assigned, ending the aid is a termination (LAL art. 48).
     */
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.NOTIFYING_ORGAN})
    public CriminalNotice withdraw(long id, @NotBlank @Size(max = CriminalNotice.REASON_MAX) @PlainText String reason) {
        CriminalNotice n = visible(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        n.withdraw(reason, caller().getUsername(), now);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, NOTICE, id, "withdrawn: " + n.getWithdrawalReason()));
        withdrawn.fire(new CriminalNoticeWithdrawn(id, n.getUnitId(), now.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime()));
        return n;
    }

    private CriminalNotice visible(long id) {
        CallerProfile caller = caller();
        Optional<CriminalNotice> found = caller.hasRole(Role.NOTIFYING_ORGAN)
                ? notices.findSentBy(id, caller.getUsername())
                : notices.findInUnits(id, organisation.findUnitIdsInScope());
        return found.orElseThrow(() -> new NotFoundException(NOTICE, id));
    }

    private boolean visibleTo(CriminalNotice n, CallerProfile caller) {
        return caller.hasRole(Role.NOTIFYING_ORGAN)
                ? n.getCreatedBy().equals(caller.getUsername())
                : organisation.findUnitIdsInScope().contains(n.getUnitId());
    }

    /** The caller's profile; {@code findCaller} because an organ's account is not staff. */
    private CallerProfile caller() {
        return organisation.findCaller().orElseThrow(() -> new NotFoundException("StaffAccount", "?"));
    }
}
