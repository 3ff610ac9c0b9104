package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationStep;
import org.legalaid.intake.ApplicationStepKind;
import org.legalaid.intake.ClockStep;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Marks applications whose listed materials were not supplied by their deadline as deemed
 * withdrawn (视为撤回, LAL art. 43), in the caller's transaction, with a timeline entry and an
 * audit entry by {@value #ACTOR}.
 */
@ApplicationScoped
public class WithdrawalSweep {

    /** The actor the timeline and the audit trail name for what the system does by itself. */
    public static final String ACTOR = "system";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private Event<AuditEvent> audit;

    @Inject
    private StepClocks clocks;

    /** @return how many applications were deemed withdrawn */
    public int sweep(LocalDateTime now) {
        List<Application> overdue = applications.findMaterialsOverdue(now);
        for (Application a : overdue) {
            LocalDateTime due = a.getMaterialsDueAt();
            a.deemWithdrawn(now);
            clocks.complete("Application", a.getId(), ClockStep.SUPPLY_MATERIALS, now);
            clocks.cancel("Application", a.getId(), ClockStep.DECIDE_APPLICATION, now);
            applications.addStep(new ApplicationStep(a.getId(), ApplicationStepKind.DEEMED_WITHDRAWN, now, ACTOR, null));
            audit.fire(AuditEvent.by(ACTOR, a.getUnitId(), AuditAction.UPDATE, "Application", a.getId(),
                    "deemed withdrawn: materials were due " + due));
        }
        return overdue.size();
    }
}
