package org.legalaid.funding.control;

/**
 * A payment that a statement line of this real run was to settle has been settled by a line of another
 * real run committed meanwhile (the unique key of migration V33: one settlement per payment). The job
 * declares it retryable: the chunk is rolled back and its lines decided again, one at a time — they then
 * see the payment settled, and the line ends as a bank line without payment, flagged, not as an error.
 */
public class SettledElsewhere extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettledElsewhere(long runId, long paymentId, Throwable cause) {
        super("payment " + paymentId + " was settled by another real run while run " + runId + " settled it", cause);
    }
}
