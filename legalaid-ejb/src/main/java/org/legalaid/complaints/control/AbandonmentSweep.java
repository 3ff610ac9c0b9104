package org.legalaid.complaints.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintStepKind;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.ComplaintClockService;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Complaints whose complainant did not supply the missing information by the notice's deadline count
 * as abandoned (视为放弃投诉, MoJ order 149 art. 12): each is closed, its clocks end, and its file and
 * the audit trail say so, by {@code system}.
 */
@ApplicationScoped
@Transactional
public class AbandonmentSweep {

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private ComplaintFile file;

    @Inject
    private ComplaintClockService clocks;

    /** @return how many complaints were deemed abandoned at {@code now} (China Standard Time) */
    public int sweep(LocalDateTime now) {
        List<Complaint> overdue = complaints.findMaterialsOverdue(now.toLocalDate());
        for (Complaint c : overdue) {
            c.abandon(now);
            clocks.complete(c.getId(), ClockStep.COMPLAINT_MATERIALS, now);
            clocks.cancel(c.getId(), ClockStep.ACCEPT_COMPLAINT, now);
            file.addBySystem(c.getId(), c.getUnitId(), ComplaintStepKind.ABANDONED, now,
                    "materials were due " + c.getMaterialsDueOn() + " (art. 12)");
        }
        return overdue.size();
    }
}
