package org.legalaid.funding.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.recon.ReconOutcome;
import org.legalaid.funding.recon.ReconRun;
import org.legalaid.funding.recon.StatementFile;
import org.legalaid.funding.recon.StatementLayout;
import org.legalaid.funding.recon.StatementLine;
import org.legalaid.funding.recon.StatementMatcher;
import org.legalaid.funding.recon.ReconPass;

import java.util.List;

/**
 * Parses a line (first pass) and finds what may settle it in the step's pass
 * ({@link StatementMatcher}), looking only at payments no committed line of the run has taken; the
 * writer decides, in line order, against what the chunk itself took.
 */
@Named
@Dependent
public class ReconLineProcessor implements ItemProcessor {

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String pass;

    @Inject
    private ReconRepository repo;

    private ReconRun run;
    private StatementLayout layout;
    private StatementMatcher matcher;

    @Override
    public Object processItem(Object item) {
        if (run == null) {
            run = repo.findRun(ReconJob.runId(job)).orElseThrow();
            matcher = new StatementMatcher(run.getWindowDays());
            layout = StatementLayout.of(repo.findStatement(run.getStatementId()).orElseThrow().getHeader());
        }
        return switch (ReconPass.valueOf(pass)) {
            case REFERENCE -> {
                StatementFile.NumberedLine n = (StatementFile.NumberedLine) item;
                StatementLine l = layout.parse(n.lineNo(), n.text());
                List<ReconJob.Proposal> proposals = l.paymentReference()
                        .flatMap(ref -> matcher.byReference(l, repo.findUntakenByReference(run, ref)))
                        .map(r -> List.of(new ReconJob.Proposal(r.outcome(), r.payments()))).orElse(List.of());
                yield new ReconJob.Decision(l, true, proposals);
            }
            case ACCOUNT_AMOUNT -> {
                StatementLine l = (StatementLine) item;
                yield new ReconJob.Decision(l, false, matcher.byAccount(l, repo.findUntakenByAccount(run, l.accountNo(), l.amount()))
                        .stream().map(p -> new ReconJob.Proposal(ReconOutcome.MATCHED, List.of(p))).toList());
            }
            case SUM -> {
                StatementLine l = (StatementLine) item;
                yield new ReconJob.Decision(l, false, matcher.bySum(l, repo.findUntakenByAccount(run, l.accountNo(), null))
                        .stream().map(g -> new ReconJob.Proposal(ReconOutcome.MATCHED, g)).toList());
            }
            case CLOSE -> throw new IllegalArgumentException("the close is no chunk step");
        };
    }
}
