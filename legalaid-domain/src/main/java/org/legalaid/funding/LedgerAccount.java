package org.legalaid.funding;

/**
 * The accounts of the funding ledger, kept per fund and unit. Every posting moves money between
 * them with lines that balance (debits = credits):
 * <pre>
 *   budget        Dr AVAILABLE (fund, unit)      Cr APPROPRIATION (fund, unit)
 *   allocation    Dr AVAILABLE (fund, district)  Cr AVAILABLE (fund, city)
 *   commitment    Dr COMMITTED (fund, unit)      Cr AVAILABLE (fund, unit)      (a claim approved)
 *   payment       Dr PAID (fund, unit)           Cr COMMITTED (fund, unit)      (the bank confirmed)
 *   reversal      the lines of the posting it reverses, sides swapped, with a reason
 * </pre>
 * Debit-normal accounts (AVAILABLE, COMMITTED, PAID) have the balance debit − credit;
 * APPROPRIATION is credit-normal.
 */
public enum LedgerAccount {
    APPROPRIATION(false),
    AVAILABLE(true),
    COMMITTED(true),
    PAID(true);

    private final boolean debitNormal;

    LedgerAccount(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    public boolean isDebitNormal() {
        return debitNormal;
    }
}
