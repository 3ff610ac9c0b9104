/**
 * The cases context's boundaries: reading a case ({@link org.legalaid.cases.boundary.CaseService}),
 * its handling, termination, closing and archive, the central case list and the import of legacy
 * cases. Cases open when the lawyers context assigns a first lawyer (a CDI event, observed by
 * {@link org.legalaid.cases.control.CaseOpener}).
 */
package org.legalaid.cases.boundary;
