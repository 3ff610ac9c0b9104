package org.legalaid.funding.control;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.recon.RunState;

/**
 * Keeps the run's state with its job: running with the execution's id (and a first heartbeat) when a start
 * or restart begins; stopped or failed (and so restartable) when it ends before the close completed the
 * run. It also tells this server's {@link ReconExecutionsHere} which executions it runs.
 */
@Named
@Dependent
public class ReconJobListener extends AbstractJobListener {

    @Inject
    private JobContext job;

    @Inject
    private ReconRuns runs;

    @Inject
    private ReconExecutionsHere here;

    @Override
    public void beforeJob() {
        here.began(job.getExecutionId());
        runs.started(ReconJob.runId(job), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        try {
            BatchStatus s = job.getBatchStatus();
            runs.interrupted(ReconJob.runId(job), s == BatchStatus.STOPPING || s == BatchStatus.STOPPED ? RunState.STOPPED
                    : RunState.FAILED);
        } finally {
            here.ended(job.getExecutionId());
        }
    }
}
