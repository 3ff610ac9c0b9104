/**
 * The funding context's boundaries: funds, budgets and allocations with their ledger
 * ({@link org.legalaid.funding.boundary.FundService}), subsidy standards and settings
 * ({@link org.legalaid.funding.boundary.SubsidyStandardService}), claims from calculation to approval
 * ({@link org.legalaid.funding.boundary.ClaimService}), payment batches
 * ({@link org.legalaid.funding.boundary.PaymentService}) and the exceptions queue
 * ({@link org.legalaid.funding.boundary.FlagService}). Who may do what to a claim is answered by
 * {@link org.legalaid.funding.ClaimAct}, which every act checks first.
 */
package org.legalaid.funding.boundary;
