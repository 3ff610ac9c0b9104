package org.legalaid.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.boundary.ReconciliationService;
import org.legalaid.funding.boundary.RunView;
import org.legalaid.funding.recon.BankStatement;
import org.legalaid.funding.recon.LineResult;
import org.legalaid.funding.recon.ReconOutcome;
import org.legalaid.funding.recon.ReconRun;
import org.legalaid.funding.recon.RunState;
import org.legalaid.funding.recon.SentPayment;
import org.legalaid.funding.recon.StatementEncoding;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Statement reconciliation (银行对账): upload a statement (refused whole, with the line and reason, when a
 * line cannot be read), preview it with a dry run or reconcile it, watch the job's progress bar, and
 * read the results — matched lines, mismatches, lines without payment, payments without line. While a
 * run's job runs the page polls {@link #poll} and ends on the run's real state and totals however the
 * job ends. The boundary decides who may act ({@link ReconciliationService#mayRun}).
 */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most result lines shown per list. */
    private static final int SHOWN = 200;

    @Inject
    private ReconciliationService recon;

    @Inject
    private org.legalaid.web.StaffNames people;

    private StatementEncoding encoding = StatementEncoding.AUTO;
    private boolean mayRun;
    private long maxBytes;
    private List<BankStatement> statements;
    private Long statementId;
    private List<ReconRun> runs;
    private Long runId;
    private RunView view;
    private List<LineResult> problems;
    private List<LineResult> matched;
    private List<SentPayment> unmatchedPayments;

    @PostConstruct
    void init() {
        mayRun = recon.mayRun();
        maxBytes = recon.maxStatementBytes();
        statements = recon.findStatements(100);
    }

    /** A file arrived: import it (all lines read, or nothing stored). */
    public void upload(FileUploadEvent event) {
        Actions.attempt(() -> recon.importStatement(event.getFile().getFileName(), event.getFile().getContent(), encoding), null)
                .ifPresent(s -> {
                    statements = recon.findStatements(100);
                    select(s.getId());
                    Messages.addInfo("recon.imported", s.getFileName(), s.getLineCount());
                });
    }

    /** Shows a statement with its runs (the newest run selected). */
    public void select(Long id) {
        statementId = id;
        runs = id == null ? List.of() : recon.findRuns(id);
        runId = runs.isEmpty() ? null : runs.get(0).getId();
        refresh();
    }

    public void selectRun(Long id) {
        runId = id;
        refresh();
    }

    public void dryRun() {
        start(true);
    }

    public void reconcile() {
        start(false);
    }

    private void start(boolean dry) {
        Actions.attempt(() -> recon.run(statementId, dry), dry ? "recon.dryRunStarted" : "recon.runStarted").ifPresent(r -> {
            runs = recon.findRuns(statementId);
            runId = r.getId();
            refresh();
        });
    }

    public void restart() {
        Actions.attempt(() -> recon.restart(runId), "recon.restarted").ifPresent(r -> refresh());
    }

    public void stop() {
        Actions.attempt(() -> {
            recon.stop(runId);
            return runId;
        }, "recon.stopRequested");
    }

    /** Reads the run again (the page's poll calls it while the job runs). */
    public void refresh() {
        if (runId == null) {
            view = null;
            problems = matched = List.of();
            unmatchedPayments = List.of();
            return;
        }
        view = recon.getRun(runId);
        runs = recon.findRuns(statementId);
        if (view.run().getState() == RunState.COMPLETED) {
            problems = recon.findLines(runId, EnumSet.of(ReconOutcome.AMOUNT_MISMATCH, ReconOutcome.ACCOUNT_MISMATCH,
                    ReconOutcome.UNMATCHED_LINE), 0, SHOWN);
            matched = recon.findLines(runId, EnumSet.of(ReconOutcome.MATCHED), 0, SHOWN);
            unmatchedPayments = recon.findUnmatchedPayments(runId, 0, SHOWN);
        } else {
            problems = matched = List.of();
            unmatchedPayments = List.of();
        }
    }

    /**
     * The poll while the run's job runs: reads the run again; once the run is no longer running —
     * completed, failed, stopped, or left by a server that went down — the whole run panel is drawn
     * again (state, totals, result lists, the restart button) and the poll stops ({@code stop} on the
     * page). It does not wait for the job to reach 100 %: a job that ends any other way ends the poll too.
     */
    public void poll() {
        refresh();
        if (!isRunning()) {
            PrimeFaces.current().ajax().update("runForm");
        }
    }

    /**
     * The job's progress, 0–100, as last read by {@link #refresh} (reading it never reads the run again:
     * the page's state, bar and poll decide on one reading of the run).
     */
    public int getPercent() {
        return view == null ? 0 : view.percent();
    }

    /**
     * A total of the run: the run's own totals once it completed, the counts so far while it runs or
     * after it failed or was stopped.
     */
    public long total(ReconOutcome outcome) {
        if (view == null) {
            return 0;
        }
        ReconRun r = view.run();
        if (r.getState() != RunState.COMPLETED) {
            return view.count(outcome);
        }
        return switch (outcome) {
            case MATCHED -> r.getMatched();
            case AMOUNT_MISMATCH -> r.getAmountMismatch();
            case ACCOUNT_MISMATCH -> r.getAccountMismatch();
            case UNMATCHED_LINE -> r.getUnmatchedLines();
            case UNMATCHED_PAYMENT -> r.getUnmatchedPayments();
        };
    }

    /** The references of the payments a line settles. */
    public String references(LineResult r) {
        return r.payments().stream().map(SentPayment::reference).collect(Collectors.joining("、"));
    }

    public boolean isRunning() {
        return view != null && !view.restartable()
                && (view.run().getState() == RunState.RUNNING || view.run().getState() == RunState.STARTING);
    }

    /** How long a running job may stay silent before its node counts as dead (the page's explanation). */
    public long getDeadAfterSeconds() {
        return recon.deadAfterSeconds();
    }

    public boolean isRestartable() {
        return mayRun && view != null && view.restartable();
    }

    public boolean isPosted() {
        return runs != null && runs.stream().anyMatch(r -> !r.isDryRun());
    }

    public StatementEncoding[] getEncodings() { return StatementEncoding.values(); }
    public StatementEncoding getEncoding() { return encoding; }
    public void setEncoding(StatementEncoding encoding) { this.encoding = encoding; }
    public boolean isMayRun() { return mayRun; }
    public long getMaxBytes() { return maxBytes; }
    public long getMaxMb() { return maxBytes / 1024 / 1024; }
    public List<BankStatement> getStatements() {
        people.prefetch(statements.stream().map(BankStatement::getUploadedBy).toList());
        return statements;
    }
    public Long getStatementId() { return statementId; }
    public void setStatementId(Long statementId) { this.statementId = statementId; }
    public List<ReconRun> getRuns() { return runs; }
    public Long getRunId() { return runId; }
    public RunView getView() { return view; }
    public List<LineResult> getProblems() { return problems; }
    public List<LineResult> getMatched() { return matched; }
    public List<SentPayment> getUnmatchedPayments() { return unmatchedPayments; }
}
