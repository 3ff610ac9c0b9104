/**
 * Funding and case subsidies (经费与办案补贴, docs/domain.md "Funding"; LAL art. 52, 58, 61):
 * funds by source with the uses they may pay for (专款专用), budgets and allocations passed down the
 * unit tree, one double-entry ledger that is appended to and never changed, the subsidy standards
 * by matter type, stage and region with their effective dates, the claim of an archived case from
 * calculation through review and approval to payment — four different people — and the
 * anti-misappropriation rules whose findings become explained flags.
 *
 * <p>Money is {@link java.math.BigDecimal} in yuan with two decimals ({@link Yuan}). Balances are
 * never stored: they are sums over the ledger's lines.
 */
package org.legalaid.funding;
