package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.CriminalNoticeReceived;
import org.legalaid.intake.CriminalNoticeWithdrawn;

/**
 * The 3-day assignment clock of a notified criminal case (LAL art. 36): it starts at the notice
 * and stops when the notifying organ withdraws it — in the transaction that stores the notice,
 * so a notice never exists without its clock.
 */
@ApplicationScoped
public class NoticeClocks {

    static final String NOTICE = "CriminalNotice";

    @Inject
    private StepClocks clocks;

    void received(@Observes CriminalNoticeReceived e) {
        clocks.start(e.unitId(), NOTICE, e.noticeId(), e.label(), ClockStep.ASSIGN_AFTER_NOTICE, e.receivedAt());
    }

    void withdrawn(@Observes CriminalNoticeWithdrawn e) {
        clocks.cancel(NOTICE, e.noticeId(), ClockStep.ASSIGN_AFTER_NOTICE, e.withdrawnAt());
    }
}
