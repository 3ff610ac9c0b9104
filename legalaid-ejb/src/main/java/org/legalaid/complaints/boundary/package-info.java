/**
 * The complaints boundary (MoJ order 149): {@link org.legalaid.complaints.boundary.ComplaintService}
 * registers complaints from every channel, answers which acts the caller may take
 * ({@link org.legalaid.complaints.ComplaintAct}) and carries them out — acceptance, investigation,
 * decision and follow-up — within the caller's units, with the statutory clocks on intake's engine,
 * the file's entries and the audit trail.
 */
package org.legalaid.complaints.boundary;
