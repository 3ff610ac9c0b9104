package org.legalaid.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.recon.BankStatement;
import org.legalaid.funding.recon.LineResult;
import org.legalaid.funding.recon.ReconFindings;
import org.legalaid.funding.recon.ReconOutcome;
import org.legalaid.funding.recon.ReconRun;
import org.legalaid.funding.recon.RunState;
import org.legalaid.funding.recon.SentPayment;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.control.CurrentTime;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The life of a reconciliation run, each step in a transaction of its own: the run is committed before
 * its job starts (the job reads it from another thread), the job records its execution and its end, and
 * the close — lines and payments left over, the flags, the totals — commits as one.
 */
@ApplicationScoped
public class ReconRuns {

    private static final int PAGE = 1000;

    @Inject
    private ReconRepository repo;

    @Inject
    private FundingRules rules;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /** Records a new run (audited as the caller's act) and commits it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReconRun create(ReconRun run) {
        repo.addRun(run);
        audit.fire(AuditEvent.of(AuditAction.CREATE, "ReconRun", run.getId(), (run.isDryRun() ? "dry run" : "reconciliation")
                + " of statement " + run.getStatementId() + ", window " + run.getWindowDays() + " days"));
        return run;
    }

    /** The caller restarts a run (audited). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void restarting(long runId) {
        repo.lockRun(runId).ifPresent(ReconRun::restarting);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, "ReconRun", runId, "restarted"));
    }

    /** The job's execution began (the run's first heartbeat). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(long runId, long executionId) {
        repo.lockRun(runId).ifPresent(r -> r.started(executionId, time.now()));
    }

    /**
     * Takes over a run whose node died, once: under the run's lock, the run must still be running the
     * execution the caller found dead and still be silent since {@code silentSince}; it is then starting
     * again (audited, with its last heartbeat). Of two people (or nodes) taking it over at once, the second
     * finds it starting and gets false.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(long runId, long executionId, OffsetDateTime silentSince) {
        ReconRun run = repo.lockRun(runId).orElseThrow();
        if (run.getState() != RunState.RUNNING || run.getExecutionId() == null || run.getExecutionId() != executionId
                || !run.isSilentSince(silentSince)) {
            return false;
        }
        OffsetDateTime last = run.getHeartbeatAt();
        run.restarting();
        audit.fire(AuditEvent.of(AuditAction.UPDATE, "ReconRun", runId, "restarted: job execution " + executionId
                + " was running on a server that stopped answering (last heartbeat " + last + ")"));
        return true;
    }

    /** The job is alive and about to do something long (the close): the run's heartbeat, committed now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void alive(long runId) {
        repo.heartbeat(runId, time.now());
    }

    /** The job ended without completing the run (failed or stopped). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void interrupted(long runId, RunState how) {
        repo.lockRun(runId).ifPresent(r -> r.interrupted(how));
    }

    /**
     * The last step of the job: the lines left are lines without payment, the payments of the period left
     * are payments without line; on a real run every mismatch becomes a flag (one per subject); the totals
     * are counted from the results.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReconRun close(long runId) {
        ReconRun run = repo.lockRun(runId).orElseThrow();
        BankStatement s = repo.findStatement(run.getStatementId()).orElseThrow();
        repo.close(run, s.getFirstDay().minusDays(run.getWindowDays()), s.getLastDay());
        int raised = 0;
        if (!run.isDryRun()) {
            long after = 0;
            List<LineResult> rows;
            do {
                rows = repo.findLines(run, EnumSet.of(ReconOutcome.AMOUNT_MISMATCH, ReconOutcome.ACCOUNT_MISMATCH,
                        ReconOutcome.UNMATCHED_LINE), after, PAGE);
                for (LineResult r : rows) {
                    Optional<FundingFlag> flag = switch (r.outcome()) {
                        case AMOUNT_MISMATCH -> raise(run, ReconFindings.amountMismatch(s.getId(), r.line(), r.payments().get(0)));
                        case ACCOUNT_MISMATCH -> raise(run, ReconFindings.accountMismatch(s.getId(), r.line(), r.payments().get(0)));
                        default -> raise(run, ReconFindings.unmatchedLine(s.getId(), s.getUnitId(), r.line()));
                    };
                    raised += flag.isPresent() ? 1 : 0;
                    after = r.line().lineNo();
                }
            } while (rows.size() == PAGE);
            long afterPayment = 0;
            List<SentPayment> payments;
            do {
                payments = repo.findUnmatchedPayments(runId, afterPayment, PAGE);
                for (SentPayment p : payments) {
                    raised += raise(run, ReconFindings.unmatchedPayment(s.getId(), p, s.getFirstDay(), s.getLastDay()))
                            .isPresent() ? 1 : 0;
                    afterPayment = p.id();
                }
            } while (payments.size() == PAGE);
        }
        Map<ReconOutcome, Long> n = repo.countOutcomes(runId);
        run.completed(n.get(ReconOutcome.MATCHED).intValue(), n.get(ReconOutcome.AMOUNT_MISMATCH).intValue(),
                n.get(ReconOutcome.ACCOUNT_MISMATCH).intValue(), n.get(ReconOutcome.UNMATCHED_LINE).intValue(),
                n.get(ReconOutcome.UNMATCHED_PAYMENT).intValue(), raised, time.now());
        audit.fire(AuditEvent.by(run.getStartedBy(), run.getUnitId(), AuditAction.UPDATE, "ReconRun", runId,
                (run.isDryRun() ? "dry run" : "reconciliation") + " of statement " + s.getId() + " completed: matched "
                        + run.getMatched() + ", amount mismatch " + run.getAmountMismatch() + ", account mismatch "
                        + run.getAccountMismatch() + ", lines without payment " + run.getUnmatchedLines()
                        + ", payments without line " + run.getUnmatchedPayments() + ", flags raised " + raised));
        return run;
    }

    private Optional<FundingFlag> raise(ReconRun run, org.legalaid.funding.Finding f) {
        return rules.raiseFor(f, run.getStartedBy(), run.getUnitId());
    }

}
