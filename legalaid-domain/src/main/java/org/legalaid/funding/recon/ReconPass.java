package org.legalaid.funding.recon;

/**
 * The passes of the matching, in order: each takes only the lines and payments the earlier ones left.
 */
public enum ReconPass {
    /** 1. The payment reference the bank returned (FA and ten digits). */
    REFERENCE,
    /** 2. The account, the exact amount and a day within the window. */
    ACCOUNT_AMOUNT,
    /** 3. One line settling several payments of one batch to the account, by their sum. */
    SUM,
    /** What no pass matched: lines without payment, payments without line. */
    CLOSE;

    public String labelKey() {
        return "reconPass." + name();
    }
}
