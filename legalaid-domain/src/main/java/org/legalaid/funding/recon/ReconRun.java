package org.legalaid.funding.recon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.UserName;
import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One run of the reconciliation job over a statement: a dry run (预览) records what it would find and
 * posts nothing; the real run (对账) — once per statement, by the database's unique key — raises the
 * flags. The totals are counted from the run's line and payment results when the job ends, so a
 * restarted run counts nothing twice. The window and the units whose payments are looked at are fixed
 * when the run starts.
 */
@Entity
@Table(name = "recon_run")
public class ReconRun implements Serializable {

    @Id
    @SequenceGenerator(name = "recon_run_seq", sequenceName = "recon_run_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recon_run_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private long statementId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "dry_run", nullable = false, updatable = false)
    private boolean dryRun;

    @Column(name = "posting_key", unique = true, updatable = false)
    private Long postingKey;

    @Column(name = "window_days", nullable = false, updatable = false)
    private int windowDays;

    @Column(name = "unit_ids", nullable = false, length = 4000, updatable = false)
    private String unitIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private RunState state;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "started_by", nullable = false, length = UserName.MAX, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    /**
     * When the job last showed it was alive: its execution began, or it committed a chunk (the chunk's
     * writer sets it in the chunk's own transaction, V80). Read to tell a run whose node died.
     */
    @Column(name = "heartbeat_at")
    private OffsetDateTime heartbeatAt;

    @Column(name = "matched", nullable = false)
    private int matched;

    @Column(name = "amount_mismatch", nullable = false)
    private int amountMismatch;

    @Column(name = "account_mismatch", nullable = false)
    private int accountMismatch;

    @Column(name = "unmatched_lines", nullable = false)
    private int unmatchedLines;

    @Column(name = "unmatched_payments", nullable = false)
    private int unmatchedPayments;

    @Column(name = "flags_raised", nullable = false)
    private int flagsRaised;

    protected ReconRun() {
        // for JPA
    }

    /**
     * @throws BusinessException {@code funding.recon.tooManyUnits} when the caller's units do not fit the run
     */
    public ReconRun(BankStatement statement, boolean dryRun, int windowDays, Collection<Long> unitIds, String by,
                    OffsetDateTime now) {
        this.statementId = statement.getId();
        this.unitId = statement.getUnitId();
        this.dryRun = dryRun;
        this.postingKey = dryRun ? null : statement.getId();
        this.windowDays = windowDays;
        this.unitIds = unitIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        if (this.unitIds.length() > 4000 || unitIds.isEmpty()) {
            throw new BusinessException("funding.recon.tooManyUnits");
        }
        this.state = RunState.STARTING;
        this.startedBy = by;
        this.startedAt = now;
    }

    /**
     * A restart was asked for: the run is starting again (until its new execution begins, the page and
     * whoever waits see it as starting, not as the failed run it was).
     */
    public void restarting() {
        if (state != RunState.COMPLETED) {
            this.state = RunState.STARTING;
            this.finishedAt = null;
        }
    }

    /** The job's execution (a restart makes a new one) began at {@code now}. */
    public void started(long executionId, OffsetDateTime now) {
        this.executionId = executionId;
        this.state = RunState.RUNNING;
        this.finishedAt = null;
        this.heartbeatAt = now;
    }

    /**
     * Whether the job has shown no sign of life since {@code before}: no chunk committed and no execution
     * begun (a run without a heartbeat yet counts from its start).
     */
    public boolean isSilentSince(OffsetDateTime before) {
        OffsetDateTime last = heartbeatAt != null ? heartbeatAt : startedAt;
        return last.isBefore(before);
    }

    /** The job stopped or failed before the end; it may be restarted. */
    public void interrupted(RunState how) {
        if (state != RunState.COMPLETED) {
            this.state = how;
        }
    }

    /** The job ended: the totals, counted from the run's results. */
    public void completed(int matched, int amountMismatch, int accountMismatch, int unmatchedLines, int unmatchedPayments,
                          int flagsRaised, OffsetDateTime now) {
        this.matched = matched;
        this.amountMismatch = amountMismatch;
        this.accountMismatch = accountMismatch;
        this.unmatchedLines = unmatchedLines;
        this.unmatchedPayments = unmatchedPayments;
        this.flagsRaised = flagsRaised;
        this.state = RunState.COMPLETED;
        this.finishedAt = now;
    }

    public List<Long> unitIdList() {
        return Arrays.stream(unitIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getStatementId() { return statementId; }
    public long getUnitId() { return unitId; }
    public boolean isDryRun() { return dryRun; }
    public int getWindowDays() { return windowDays; }
    public RunState getState() { return state; }
    public Long getExecutionId() { return executionId; }
    public String getStartedBy() { return startedBy; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public OffsetDateTime getFinishedAt() { return finishedAt; }
    public OffsetDateTime getHeartbeatAt() { return heartbeatAt; }
    public int getMatched() { return matched; }
    public int getAmountMismatch() { return amountMismatch; }
    public int getAccountMismatch() { return accountMismatch; }
    public int getUnmatchedLines() { return unmatchedLines; }
    public int getUnmatchedPayments() { return unmatchedPayments; }
    public int getFlagsRaised() { return flagsRaised; }
}
