package org.legalaid.funding.recon;

import java.io.Serializable;
import java.util.List;

/**
 * What a statement line became: its outcome, the pass that decided it and the payments it settles (one,
 * several for a sum, none for a line without payment).
 */
public record LineResult(StatementLine line, ReconOutcome outcome, ReconPass pass, List<SentPayment> payments) implements Serializable {

    public LineResult {
        payments = List.copyOf(payments);
    }

    public static LineResult unmatched(StatementLine line) {
        return new LineResult(line, ReconOutcome.UNMATCHED_LINE, ReconPass.CLOSE, List.of());
    }
}
