/**
 * The intake context's boundaries: consultations now; applications, review, decisions, urgent
 * aid, objections and notified criminal cases as issue 3 proceeds.
 */
package org.legalaid.intake.boundary;
