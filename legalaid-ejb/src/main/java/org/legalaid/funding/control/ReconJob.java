package org.legalaid.funding.control;

import jakarta.batch.runtime.context.JobContext;
import org.legalaid.funding.recon.ReconOutcome;
import org.legalaid.funding.recon.SentPayment;
import org.legalaid.funding.recon.StatementLine;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * The reconciliation job ({@code META-INF/batch-jobs/reconcile-statement.xml}): its name, its
 * parameters and the item that passes from the processor to the writer.
 *
 * <p>Parameters: {@code runId}; {@code chunkSize} (lines per chunk and checkpoint, system property
 * {@code legalaid.recon.chunkSize}, 500 by default); {@code failAfterLine} — a fault injected for the
 * restart test (system property {@code legalaid.recon.failAfterLine}, read on the first start only):
 * the writer fails on the first chunk holding a line after it, as a killed server would leave the job.
 */
public final class ReconJob {

    public static final String NAME = "reconcile-statement";
    public static final String RUN_ID = "runId";
    public static final String CHUNK_SIZE = "chunkSize";
    public static final String FAIL_AFTER_LINE = "failAfterLine";
    /** JBeret's restart parameter that decides what a restart of an execution still marked running does. */
    public static final String RESTART_MODE = "jberet.restart.mode";

    private ReconJob() {
    }

    /** The parameters of a run's execution; {@code firstStart} only a first start honours the injected fault. */
    public static Properties parameters(long runId, boolean firstStart) {
        Properties p = new Properties();
        p.setProperty(RUN_ID, String.valueOf(runId));
        p.setProperty(CHUNK_SIZE, String.valueOf(Integer.getInteger("legalaid.recon.chunkSize", 500)));
        p.setProperty(FAIL_AFTER_LINE, firstStart ? String.valueOf(Long.getLong("legalaid.recon.failAfterLine", 0L)) : "0");
        return p;
    }

    /**
     * The parameters of the restart of an execution whose node died: JBeret (3.x) restarts an execution the
     * repository holds as running only when told to ({@code jberet.restart.mode=force}: it marks the
     * execution failed, then restarts it from its last checkpoint). Given only after the caller decided the
     * node is dead — on a live node it would run the job twice.
     */
    public static Properties takeOverParameters(long runId) {
        Properties p = parameters(runId, false);
        p.setProperty(RESTART_MODE, "force");
        return p;
    }

    /**
     * How long a running run's job may commit no chunk before it counts as the run of a node that died
     * (system property {@code legalaid.recon.deadAfterSeconds}, 120 s by default): longer than the
     * longest chunk and the close take on a loaded server.
     */
    public static Duration deadAfter() {
        return Duration.ofSeconds(Long.getLong("legalaid.recon.deadAfterSeconds", 120L));
    }

    /** The run of the job (a job-level property from the parameter). */
    public static long runId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(RUN_ID));
    }

    /** The line after which the writer fails (0: never). */
    public static long failAfterLine(JobContext job) {
        String v = job.getProperties().getProperty(FAIL_AFTER_LINE);
        return v == null || v.isBlank() ? 0 : Long.parseLong(v);
    }

    /** What the processor proposes for a line: the outcome with the payments, best first. */
    public record Proposal(ReconOutcome outcome, List<SentPayment> payments) {
    }

    /**
     * A line on its way to the writer: whether it is to be recorded in the run (first pass), and what may
     * settle it, best first (the writer takes the first whose payments are all still free).
     */
    public record Decision(StatementLine line, boolean stage, List<Proposal> proposals) {
    }
}
