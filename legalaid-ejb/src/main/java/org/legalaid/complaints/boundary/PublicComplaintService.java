package org.legalaid.complaints.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintStatus;
import org.legalaid.complaints.ComplaintStepKind;
import org.legalaid.complaints.PublicComplaintForm;
import org.legalaid.complaints.PublicState;
import org.legalaid.complaints.ReceiptNumber;
import org.legalaid.complaints.control.ComplaintFile;
import org.legalaid.complaints.control.ComplaintRepository;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.ComplaintClockService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.organisation.boundary.PublicCentre;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.control.CurrentTime;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The public side of complaints (MoJ order 149 art. 9: 网上投诉): a citizen files a complaint without
 * signing in and later asks where it stands with the receipt number. Open to everyone
 * ({@code @PermitAll}), so each method checks its input strictly itself (Bean Validation of
 * {@link PublicComplaintForm}, a centre only from the public list, a well-formed receipt number with
 * its check character). The per-address limits against abuse are the web layer's, which knows the
 * address ({@code PublicLimits}); the honeypot is the HTML form's.
 *
 * <p>A filed complaint enters the chosen centre's register as {@link ComplaintStatus#RECEIVED}, with
 * its acceptance clock (5 working days, art. 15), its file's first entry and an audit event, all in
 * one transaction; it then waits on the handler's workbench like any other.
 */
@Stateless
@PermitAll
public class PublicComplaintService {

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private ComplaintFile file;

    @Inject
    private ComplaintClockService clocks;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    /**
     * The receipt of a filed complaint: shown once to the complainant, who keeps it.
     *
     * @param receipt    the receipt number ({@link ReceiptNumber}: random, with a check character)
     * @param receivedAt when it came in (China Standard Time)
     * @param unitName   the centre it went to
     */
    public record Receipt(String receipt, LocalDateTime receivedAt, String unitName) implements Serializable {
    }

    /** The centres a complaint may be addressed to (the city centre first). */
    public List<PublicCentre> findCentres() {
        return organisation.findPublicCentres();
    }

    /**
     * Files a complaint from the public form or API (art. 9, channel ONLINE) in the centre chosen, the
     * city centre when none is. The respondent stays as the complainant named it until the handler
     * links it at acceptance.
     *
     * @throws BusinessException {@code complaints.public.unitUnknown} for a centre not on the public list
     */
    public Receipt submit(@NotNull @Valid PublicComplaintForm form) {
        List<PublicCentre> centres = organisation.findPublicCentres();
        PublicCentre centre = (form.getUnitId() == null
                ? centres.stream().filter(PublicCentre::cityCentre)
                : centres.stream().filter(c -> c.id() == form.getUnitId()))
                .findFirst().orElseThrow(() -> new BusinessException("complaints.public.unitUnknown"));
        LocalDateTime now = time.local();
        Complaint c = complaints.add(Complaint.filedOnline(ReceiptNumber.next(), centre.id(), form, now));
        file.addBySystem(c.getId(), centre.id(), ComplaintStepKind.RECEIVED, now, "ONLINE (public form), "
                + c.getRespondentType() + " " + c.getRespondentName() + (c.isOutOfTime() ? ", filed more than 3 years after knowing (art. 8)" : ""));
        clocks.start(centre.id(), c.getId(), c.getNumber() + " " + c.getComplainantName(), ClockStep.ACCEPT_COMPLAINT, now);
        return new Receipt(c.getNumber(), now, centre.name());
    }

    /**
     * Where a complaint stands, for whoever knows its receipt number and the last four digits of the
     * complainant's phone; empty for a malformed number, an unknown one or the wrong digits alike (the
     * answer never tells which).
     */
    public Optional<PublicComplaintState> findState(@Size(max = 40) String receipt, @Size(max = 10) String phoneLastFour) {
        String number = ReceiptNumber.normalise(receipt);
        if (number == null || phoneLastFour == null) {
            return Optional.empty();
        }
        return complaints.findByNumber(number).filter(c -> c.phoneEndsWith(phoneLastFour.strip())).map(this::stateOf);
    }

    private PublicComplaintState stateOf(Complaint c) {
        PublicState s = PublicState.of(c.getStatus());
        String unit = organisation.findPublicCentres().stream().filter(p -> p.id() == c.getUnitId()).map(PublicCentre::name)
                .findFirst().orElse(null);
        boolean waiting = s == PublicState.AWAITING_MATERIALS;
        boolean declined = s == PublicState.NOT_ACCEPTED;
        boolean decided = s == PublicState.DECIDED;
        return new PublicComplaintState(c.getNumber(), s, c.getReceivedAt(), c.getAcceptedAt(),
                waiting ? c.getMaterialsRequest() : null, waiting ? c.getMaterialsDueOn() : null,
                declined ? c.getNonAcceptanceGround() : null, declined ? c.getReasons() : null,
                decided ? c.getOutcome() : null, decided ? c.getDecidedAt() : null, unit);
    }
}
