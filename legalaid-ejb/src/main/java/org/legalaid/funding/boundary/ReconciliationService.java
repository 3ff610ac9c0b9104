package org.legalaid.funding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.legalaid.funding.FundingSettings;
import org.legalaid.funding.control.FundRepository;
import org.legalaid.funding.control.ReconExecutionsHere;
import org.legalaid.funding.control.ReconJob;
import org.legalaid.funding.control.ReconRepository;
import org.legalaid.funding.control.ReconRuns;
import org.legalaid.funding.recon.BankStatement;
import org.legalaid.funding.recon.LineResult;
import org.legalaid.funding.recon.ReconOutcome;
import org.legalaid.funding.recon.ReconRun;
import org.legalaid.funding.recon.RunState;
import org.legalaid.funding.recon.SentPayment;
import org.legalaid.funding.recon.StatementEncoding;
import org.legalaid.funding.recon.StatementFile;
import org.legalaid.funding.recon.StatementLine;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Bank and treasury statement reconciliation (issue 13, "Reconciliation"; README "Bank statement"): a
 * finance officer imports a statement — refused whole, with the line and the reason, when any line
 * cannot be read, when it is not in the encoding declared, or when it is larger than the settings allow —
 * and runs the reconciliation job over it, as a dry run (a preview that posts nothing) or for real (once
 * per statement: every mismatch becomes a flag). The job runs in the background (Jakarta Batch); the
 * screen polls {@link #getRun}. A failed or stopped run is restarted from its checkpoint; a run whose
 * server died — its execution lost, or still "running" in the shared job repository with a heartbeat
 * gone silent — is offered for restart too and continues from its last checkpoint. Finance roles read the
 * results.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class ReconciliationService {

    static final String STATEMENT = "BankStatement";

    @Inject
    private ReconRepository repo;

    @Inject
    private ReconRuns runs;

    @Inject
    private ReconExecutionsHere here;

    @Inject
    private FundRepository funds;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Actors actors;

    @Inject
    private Event<AuditEvent> audit;

    @Resource
    private SessionContext context;

    /** Whether the caller may import statements and run reconciliations (the page offers it only then). */
    public boolean mayRun() {
        return context.isCallerInRole(Roles.FINANCE_OFFICER);
    }

    /** The largest statement file the settings accept, in bytes (the page's upload limit). */
    public long maxStatementBytes() {
        return funds.settings().statementMaxBytes();
    }

    /** How long a running job may commit nothing before its node counts as dead ({@link ReconJob#deadAfter()}). */
    public long deadAfterSeconds() {
        return ReconJob.deadAfter().toSeconds();
    }

    /**
     * Imports a statement for the caller's unit: every line is read before anything is stored.
     *
     * @throws BusinessException those of {@link StatementFile#read} and {@link org.legalaid.funding.recon.StatementLayout}
     *                           (the line and the reason)
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public BankStatement importStatement(@NotNull String fileName, @NotNull byte[] content, @NotNull StatementEncoding encoding) {
        FundingSettings settings = funds.settings();
        StatementFile file = StatementFile.read(content, encoding, settings.statementMaxBytes());
        List<StatementLine> lines = file.parseAll();
        for (StatementFile.NumberedLine l : file.transactions()) {
            if (l.text().length() > BankStatement.LINE_MAX) {
                throw new BusinessException("funding.recon.line.tooLong", l.lineNo(), BankStatement.LINE_MAX);
            }
        }
        String sha = sha256(content);
        BankStatement s = repo.addStatement(new BankStatement(organisation.getCaller().getUnitId(), fileName, sha, file, lines,
                user(), now()), file.transactions());
        audit.fire(AuditEvent.of(AuditAction.CREATE, STATEMENT, s.getId(), "statement " + s.getFileName() + " sha256 " + sha
                + " (" + s.getCharset() + "): " + s.getLineCount() + " lines " + s.getFirstDay() + " to " + s.getLastDay()
                + ", total " + s.getTotalAmount()));
        return s;
    }

    /**
     * Starts the reconciliation job over a statement of the caller's units.
     *
     * @param dryRun a preview: the results are kept for the screen, no flag is raised, nothing counts as settled
     * @throws BusinessException {@code funding.recon.posted} for a second real run of a statement
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public ReconRun run(long statementId, boolean dryRun) {
        BankStatement s = statementInScope(statementId);
        if (!dryRun && repo.isPosted(statementId)) {
            throw new BusinessException("funding.recon.posted", s.getFileName());
        }
        ReconRun run;
        try {
            run = runs.create(new ReconRun(s, dryRun, funds.settings().getReconWindowDays(), organisation.findUnitIdsInScope(),
                    user(), now()));
        } catch (PersistenceException twice) {
            throw new BusinessException("funding.recon.posted", s.getFileName());
        }
        long execution = jobs().start(ReconJob.NAME, ReconJob.parameters(run.getId(), true));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, "ReconRun", run.getId(), "job execution " + execution + " started"));
        return run;
    }

    /**
     * Restarts a run that failed or was stopped, from its checkpoint; a run left running by a server that
     * went down is restarted too: when its execution is unknown now it is started again and skips the lines
     * it had committed; when the shared job repository still holds its execution as running but the node
     * is dead ({@link #isNodeLost}), the run is taken over once ({@link ReconRuns#takeOver}) and JBeret is
     * told to restart the execution all the same ({@code jberet.restart.mode=force}: it marks the dead
     * execution failed in the repository and restarts it from its last checkpoint).
     *
     * @throws BusinessException {@code funding.recon.notRestartable} for a run completed or still running
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public ReconRun restart(long runId) {
        ReconRun run = runInScope(runId);
        JobOperator jobs = jobs();
        BatchStatus status = statusOf(jobs, run);
        if (!restartable(run, status)) {
            throw new BusinessException("funding.recon.notRestartable");
        }
        if (isNodeLost(run, status)) {
            if (!runs.takeOver(runId, run.getExecutionId(), silentSince())) {
                throw new BusinessException("funding.recon.notRestartable");
            }
            try {
                jobs.restart(run.getExecutionId(), ReconJob.takeOverParameters(runId));
            } catch (JobRestartException | NoSuchJobExecutionException refused) {
                // not left "starting" for ever: failed, as the dead execution now is, and restartable as such
                runs.interrupted(runId, RunState.FAILED);
                throw new BusinessException("funding.recon.notRestartable");
            }
            return run;
        }
        runs.restarting(runId);
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            jobs.restart(run.getExecutionId(), ReconJob.parameters(runId, false));
        } else {
            jobs.start(ReconJob.NAME, ReconJob.parameters(runId, false));
        }
        return run;
    }

    /** Asks the job of a run to stop after its current chunk (it may be restarted). */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public void stop(long runId) {
        ReconRun run = runInScope(runId);
        if (statusOf(jobs(), run) == BatchStatus.STARTED) {
            jobs().stop(run.getExecutionId());
            audit.fire(AuditEvent.of(AuditAction.UPDATE, "ReconRun", runId, "stop requested"));
        }
    }

    /** The statements of the caller's units, newest first. */
    public List<BankStatement> findStatements(@Min(1) @Max(500) int max) {
        return repo.findStatements(organisation.findUnitIdsInScope(), max);
    }

    /** The runs of a statement, newest first. */
    public List<ReconRun> findRuns(long statementId) {
        statementInScope(statementId);
        return repo.findRuns(statementId);
    }

    /** A run with its progress and its counts so far. */
    public RunView getRun(long runId) {
        ReconRun run = runInScope(runId);
        BankStatement s = repo.findStatement(run.getStatementId()).orElseThrow();
        long[] progress = repo.countProgress(runId);
        int percent = run.getState() == RunState.COMPLETED ? 100 : s.getLineCount() == 0 ? 0
                : (int) Math.min(99, (progress[0] * 70 + progress[1] * 25) / s.getLineCount());
        long read = 0;
        long written = 0;
        if (run.getExecutionId() != null) {
            try {
                for (StepExecution step : jobs().getStepExecutions(run.getExecutionId())) {
                    if ("byReference".equals(step.getStepName())) {
                        read = metric(step, Metric.MetricType.READ_COUNT);
                        written = metric(step, Metric.MetricType.WRITE_COUNT);
                    }
                }
            } catch (NoSuchJobExecutionException gone) {
                // the server that ran it went down; the database has the results
            }
        }
        BatchStatus status = statusOf(jobs(), run);
        return new RunView(run, s, percent, repo.countOutcomes(runId), read, written, restartable(run, status),
                isNodeLost(run, status));
    }

    /** A run's statement lines with the outcomes, in line order, after {@code afterLine}. */
    public List<LineResult> findLines(long runId, @NotEmpty Set<ReconOutcome> outcomes, @Min(0) long afterLine,
                                                   @Min(1) @Max(1000) int max) {
        return repo.findLines(runInScope(runId), outcomes, afterLine, max);
    }

    /** A run's payments that no statement line settles. */
    public List<SentPayment> findUnmatchedPayments(long runId, @Min(0) long afterId, @Min(1) @Max(1000) int max) {
        runInScope(runId);
        return repo.findUnmatchedPayments(runId, afterId, max);
    }

    /**
     * Whether a run may be restarted now: it failed or was stopped and the batch runtime has finished
     * with its execution too (the run's own state is written by the job's listener a moment before the
     * runtime marks the execution failed — restarting in between would start the job afresh beside the
     * ending one), or its execution was lost with a server that went down, or its node died.
     */
    private boolean restartable(ReconRun run, BatchStatus status) {
        if (run.getState().isRestartable()) {
            return status == null || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED;
        }
        return isOrphaned(run, status) || isNodeLost(run, status);
    }

    /**
     * Whether a run that says it is running has no live job: its execution is unknown (a repository lost
     * or emptied) or the job ended without telling. Such a run is started again.
     */
    private boolean isOrphaned(ReconRun run, BatchStatus status) {
        if (run.getState() != RunState.RUNNING && run.getState() != RunState.STARTING) {
            return false;
        }
        if (run.getExecutionId() == null) {
            return run.getStartedAt().isBefore(now().minusMinutes(5));
        }
        if (run.getState() == RunState.STARTING) {
            // a restart in flight keeps its ended execution's id until the new execution starts
            return status == null;
        }
        return status == null || !isRunning(status);
    }

    /**
     * Whether a running run belongs to a node that died (README "Reconciliation"): the shared job
     * repository still holds its execution as running — nobody is left to say otherwise — but the job
     * has committed no chunk for longer than {@link ReconJob#deadAfter()} (its heartbeat, V80), and this
     * server is not the one running it. A node that lives but is slow keeps its run: its heartbeat moves
     * with every chunk, so the time must exceed the longest chunk and the close.
     */
    private boolean isNodeLost(ReconRun run, BatchStatus status) {
        return run.getState() == RunState.RUNNING && run.getExecutionId() != null && status != null && isRunning(status)
                && !here.isRunning(run.getExecutionId()) && run.isSilentSince(silentSince());
    }

    private OffsetDateTime silentSince() {
        return now().minus(ReconJob.deadAfter());
    }

    private static boolean isRunning(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        for (Metric m : step.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return 0;
    }

    private static BatchStatus statusOf(JobOperator jobs, ReconRun run) {
        if (run.getExecutionId() == null) {
            return null;
        }
        try {
            JobExecution e = jobs.getJobExecution(run.getExecutionId());
            return e.getBatchStatus();
        } catch (NoSuchJobExecutionException gone) {
            return null;
        }
    }

    private static JobOperator jobs() {
        return BatchRuntime.getJobOperator();
    }

    private BankStatement statementInScope(long id) {
        Collection<Long> units = organisation.findUnitIdsInScope();
        return repo.findStatement(id).filter(s -> units.contains(s.getUnitId()))
                .orElseThrow(() -> new NotFoundException(STATEMENT, id));
    }

    private ReconRun runInScope(long id) {
        Collection<Long> units = organisation.findUnitIdsInScope();
        return repo.findRun(id).filter(r -> units.contains(r.getUnitId())).orElseThrow(() -> new NotFoundException("ReconRun", id));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String user() {
        return actors.username();
    }

    private OffsetDateTime now() {
        return time.now();
    }
}
