package org.legalaid.funding.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.recon.ReconPass;
import org.legalaid.funding.recon.ReconRun;
import org.legalaid.shared.control.CurrentTime;

import java.util.List;

/**
 * Records a chunk's lines in line order, in the chunk's transaction: the first pass stages each line in
 * the run; then the first proposal whose payments are all still free settles the line. Both writes are
 * keyed by (run, line) and (run, payment) and check first, so a line read again after a restart is
 * neither staged nor counted twice. A payment that another real run settled while this chunk was being
 * decided ({@link SettledElsewhere}, the unique key of V33) rolls the chunk back; the job retries it, and
 * the line, decided again, no longer finds the payment. Each chunk also writes the run's heartbeat, which
 * commits with it (a run whose heartbeat stops is told apart as the run of a node that died).
 */
@Named
@Dependent
public class ReconLineWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String pass;

    @Inject
    private ReconRepository repo;

    @Inject
    private CurrentTime time;

    @Override
    public void writeItems(List<Object> items) {
        ReconRun run = repo.findRun(ReconJob.runId(job)).orElseThrow();
        ReconPass p = ReconPass.valueOf(pass);
        long failAfter = ReconJob.failAfterLine(job);
        for (Object item : items) {
            ReconJob.Decision d = (ReconJob.Decision) item;
            if (failAfter > 0 && d.line().lineNo() > failAfter) {
                throw new IllegalStateException("fault injected for the restart test after line " + failAfter);
            }
            if (d.stage()) {
                repo.stageLine(run.getId(), d.line());
            }
            for (ReconJob.Proposal proposal : d.proposals()) {
                if (repo.settle(run, d.line().lineNo(), proposal.outcome(), p, proposal.payments())) {
                    break;
                }
            }
        }
        repo.heartbeat(run.getId(), time.now());
    }
}
