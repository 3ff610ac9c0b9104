/**
 * The intake context's boundaries: consultations, applicants, the means test and the statutory
 * deadlines ({@link org.legalaid.intake.boundary.DeadlineService}; the clocks themselves are
 * started and stopped by the intake services through {@link org.legalaid.intake.control.StepClocks});
 * applications, review, decisions, urgent aid, objections and notified criminal cases as issue 3
 * proceeds.
 */
package org.legalaid.intake.boundary;
