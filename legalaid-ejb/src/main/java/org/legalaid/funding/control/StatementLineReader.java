package org.legalaid.funding.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.recon.ReconPass;
import org.legalaid.funding.recon.StatementFile;
import org.legalaid.funding.recon.StatementLine;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a run's statement lines in line order, a page at a time: in the first pass the staged text of
 * every line, in the later passes the lines no earlier pass decided. Its checkpoint is the number of the
 * last line read in a committed chunk, so a restarted step reads on from there.
 */
@Named
@Dependent
public class StatementLineReader extends AbstractItemReader {

    private static final int PAGE = 1000;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String pass;

    @Inject
    private ReconRepository repo;

    private long statementId;
    private long last;
    private boolean exhausted;
    private final Deque<Object> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        statementId = repo.findRun(ReconJob.runId(job)).orElseThrow().getStatementId();
        last = checkpoint == null ? 0L : (Long) checkpoint;
        // opened again at the last checkpoint when a chunk is rolled back for a retry: read from there anew
        page.clear();
        exhausted = false;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            long after = last;
            if (ReconPass.valueOf(pass) == ReconPass.REFERENCE) {
                page.addAll(repo.findLineTexts(statementId, after, PAGE));
            } else {
                page.addAll(repo.findOpenLines(ReconJob.runId(job), after, PAGE));
            }
            exhausted = page.size() < PAGE;
        }
        Object item = page.poll();
        if (item != null) {
            last = item instanceof StatementFile.NumberedLine n ? n.lineNo() : ((StatementLine) item).lineNo();
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
