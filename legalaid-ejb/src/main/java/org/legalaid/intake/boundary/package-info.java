/**
 * The intake context's boundaries: consultations, applicants, the means test and its exemption
 * grounds, applications from receipt to decision, urgent prior aid and objection
 * ({@link org.legalaid.intake.boundary.ApplicationService}), notified criminal cases, and the
 * statutory deadlines ({@link org.legalaid.intake.boundary.DeadlineService}; the clocks themselves
 * are started and stopped by the intake services through
 * {@link org.legalaid.intake.control.StepClocks}).
 */
package org.legalaid.intake.boundary;
