package org.legalaid.funding;

/** What a ledger posting records (see {@link LedgerAccount} for its lines). */
public enum PostingKind {
    BUDGET, ALLOCATION, COMMITMENT, PAYMENT, REVERSAL;

    public String labelKey() {
        return "postingKind." + name();
    }
}
