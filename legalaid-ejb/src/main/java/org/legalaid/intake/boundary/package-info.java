/**
 * The intake context's boundaries: consultations, applicants, means test and notified criminal
 * cases now; applications, review, decisions, urgent aid and objections as issue 3 proceeds.
 */
package org.legalaid.intake.boundary;
