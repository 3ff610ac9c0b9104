package org.legalaid.funding.boundary;

import java.io.Serializable;

/**
 * What waits for a finance person in their units (the workbench's card): archived cases without a
 * claim, claims to review, to approve (first or second approval), approved claims to pay, open flags,
 * and late payments (the payment clock overdue).
 */
public record FinanceWork(long casesToClaim, long toReview, long toApprove, long toPay, long openFlags, long latePayments)
        implements Serializable {
}
