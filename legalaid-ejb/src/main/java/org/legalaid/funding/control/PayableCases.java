package org.legalaid.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.cases.CaseArchived;
import org.legalaid.funding.PayableCase;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.shared.control.CurrentTime;

import java.time.LocalDateTime;

/**
 * Takes note of every archived case, inside the archiving transaction: it becomes a case waiting for
 * its subsidy claim (funding's read model), and the clock of the payment starts — paid in time and in
 * full (及时足额支付, seed 001), late payments appear in the unit's deadline list. The confirmation of
 * the payment by the bank stops the clock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PayableCases {

    @Inject
    private ClaimRepository claims;

    @Inject
    private CaseClockService clocks;

    @Inject
    private CurrentTime time;

    void archived(@Observes CaseArchived e) {
        if (claims.isPayableCase(e.caseId())) {
            return;
        }
        claims.addPayableCase(new PayableCase(e.caseId(), e.caseNumber(), e.unitId(), e.matterType(), e.lawyerId(),
                e.lawyerName(), e.firmName(), e.assignedOn(), e.endedOn(), e.archivedOn()));
        clocks.start(e.unitId(), e.caseId(), e.caseNumber(), ClockStep.PAY_SUBSIDY, time.local());
    }

    /** The bank confirmed the payment of the case's subsidy: the payment clock stops. */
    public void paid(long caseId) {
        clocks.complete(caseId, ClockStep.PAY_SUBSIDY, time.local());
    }
}
