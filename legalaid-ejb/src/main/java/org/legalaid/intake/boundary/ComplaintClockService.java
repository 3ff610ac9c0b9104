package org.legalaid.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.intake.TimeLimit;
import org.legalaid.intake.control.CalendarRepository;
import org.legalaid.intake.control.StepClocks;
import org.legalaid.shared.Roles;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The statutory clocks of a complaint (MoJ order 149): acceptance within 5 working days (art. 15),
 * the deadline for missing information (art. 12), the decision within 60 (+30) days (art. 23) and the
 * delivery within 5 working days (art. 24), on the same engine, limits and holiday calendar as the
 * intake clocks, so that they appear in the unit's deadline list with the complaint's number.
 *
 * <p>The complaints context starts, pauses and stops them inside its own transaction
 * ({@code MANDATORY}: no call from outside a transaction is possible). {@code @PermitAll} because the
 * public online form files a complaint without a signed-in caller and starts its acceptance clock; the
 * complaints boundary checks who acts before it calls.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ComplaintClockService {

    /** The clock subject type of a complaint (complaints context), by id. */
    public static final String COMPLAINT_SUBJECT = "Complaint";

    @Inject
    private StepClocks clocks;

    @Inject
    private CalendarRepository calendar;

    /** Starts the clock of a complaint's step on the step's limit; returns the due date. */
    public LocalDateTime start(long unitId, long complaintId, @NotNull String label, @NotNull ClockStep step,
                               @NotNull LocalDateTime at) {
        return clocks.start(unitId, COMPLAINT_SUBJECT, complaintId, cut(label), step, at).getDueAt();
    }

    /** Starts the clock of a complaint's step on a limit the complaint's procedure sets; returns the due date. */
    public LocalDateTime start(long unitId, long complaintId, @NotNull String label, @NotNull ClockStep step,
                               @NotNull LocalDateTime at, @NotNull TimeLimit limit) {
        return clocks.start(unitId, COMPLAINT_SUBJECT, complaintId, cut(label), step, at, limit).getDueAt();
    }

    public void pause(long complaintId, @NotNull ClockStep step, @NotNull LocalDateTime at) {
        clocks.pause(COMPLAINT_SUBJECT, complaintId, step, at);
    }

    public void resume(long complaintId, @NotNull ClockStep step, @NotNull LocalDateTime at) {
        clocks.resume(COMPLAINT_SUBJECT, complaintId, step, at);
    }

    public void complete(long complaintId, @NotNull ClockStep step, @NotNull LocalDateTime at) {
        clocks.complete(COMPLAINT_SUBJECT, complaintId, step, at);
    }

    public void cancel(long complaintId, @NotNull ClockStep step, @NotNull LocalDateTime at) {
        clocks.cancel(COMPLAINT_SUBJECT, complaintId, step, at);
    }

    /** Every clock of a complaint, oldest first, as readings (staff only: the complaints boundary scopes the complaint). */
    @RolesAllowed(Roles.STAFF)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<ClockReading> findClocks(long complaintId) {
        return clocks.findFor(COMPLAINT_SUBJECT, complaintId).stream().map(ClockItem::reading).toList();
    }

    /** The holiday calendar in force, for the complaint's own due dates (art. 15, 24: working days). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public DeadlineCalendar deadlineCalendar() {
        return calendar.deadlineCalendar();
    }

    private static String cut(String label) {
        return label.length() <= ClockItem.SUBJECT_LABEL_MAX ? label : label.substring(0, ClockItem.SUBJECT_LABEL_MAX);
    }
}
