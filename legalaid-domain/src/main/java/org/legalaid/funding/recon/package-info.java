/**
 * Bank and treasury statement reconciliation (issue 13, "Reconciliation"): reading a statement file
 * ({@link org.legalaid.funding.recon.StatementFile}), matching its lines to the payments sent in passes
 * ({@link org.legalaid.funding.recon.StatementMatcher}) and the flags a mismatch becomes
 * ({@link org.legalaid.funding.recon.ReconFindings}). Pure Java; the batch job in the EJB module runs
 * the same rules line by line with checkpoints.
 */
package org.legalaid.funding.recon;
