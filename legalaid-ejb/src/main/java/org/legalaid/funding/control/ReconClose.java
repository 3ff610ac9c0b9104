package org.legalaid.funding.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The job's last step: {@link ReconRuns#close} in one transaction (run again whole on a restart), after a
 * heartbeat of its own — a node counts as dead only when silent longer than the close takes.
 */
@Named
@Dependent
public class ReconClose extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private ReconRuns runs;

    @Override
    public String process() {
        runs.alive(ReconJob.runId(job)); // the close is one transaction: its heartbeat comes before it
        runs.close(ReconJob.runId(job));
        return "COMPLETED";
    }
}
