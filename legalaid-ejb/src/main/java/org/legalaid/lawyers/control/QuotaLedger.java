package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Map;

/**
 * PLACEHOLDER until the lead's quota ledger lands on main (commit "Quota ledger …"): the merge
 * replaces this file. No fulfilment known: every lawyer counts as 0.
 */
@ApplicationScoped
public class QuotaLedger {

    public Map<Long, BigDecimal> fulfilment(int year) {
        return Map.of();
    }
}
