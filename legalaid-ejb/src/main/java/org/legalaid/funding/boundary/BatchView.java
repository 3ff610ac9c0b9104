package org.legalaid.funding.boundary;

import org.legalaid.funding.Payment;
import org.legalaid.funding.PaymentBatch;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A payment batch with its payments and total. */
public record BatchView(PaymentBatch batch, List<Payment> payments, BigDecimal total) implements Serializable {

    public PaymentBatch getBatch() { return batch; }
    public List<Payment> getPayments() { return payments; }
    public BigDecimal getTotal() { return total; }
}
