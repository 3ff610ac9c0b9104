package org.legalaid.funding;

/** A payment: sent in a batch, then confirmed by the bank. */
public enum PaymentState {
    PENDING, PAID;

    public String labelKey() {
        return "paymentState." + name();
    }
}
