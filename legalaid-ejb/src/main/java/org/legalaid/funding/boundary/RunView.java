package org.legalaid.funding.boundary;

import org.legalaid.funding.recon.BankStatement;
import org.legalaid.funding.recon.ReconOutcome;
import org.legalaid.funding.recon.ReconRun;

import java.io.Serializable;
import java.util.Map;

/**
 * A reconciliation run as the screen shows it: the run and its statement, how far the job is (0–100),
 * the counts so far per outcome, and the lines the job's current execution has read and written in its
 * first step (a restarted execution reads only what its checkpoint left), whether it may be restarted
 * (failed, stopped, or left running by a server that went down), and whether it is the run of a node that
 * died ({@code nodeLost}: still running in the job repository, its heartbeat silent, not run here).
 */
public record RunView(ReconRun run, BankStatement statement, int percent, Map<ReconOutcome, Long> counts,
                      long linesReadByExecution, long linesWrittenByExecution, boolean restartable, boolean nodeLost)
        implements Serializable {

    public long count(ReconOutcome o) {
        return counts.getOrDefault(o, 0L);
    }
}
