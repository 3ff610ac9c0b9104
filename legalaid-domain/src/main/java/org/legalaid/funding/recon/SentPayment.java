package org.legalaid.funding.recon;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment sent to the bank, as reconciliation sees it: its reference, the account and amount it was
 * sent with, its batch and the day it went (the bank's confirmed day, else the day it was made).
 */
public record SentPayment(long id, long claimId, long batchId, long unitId, String reference, String accountNo,
                          BigDecimal amount, LocalDate day) implements Serializable {
}
