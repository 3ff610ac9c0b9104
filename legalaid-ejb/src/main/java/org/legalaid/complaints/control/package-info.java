/**
 * The complaints context's controls: its repository, the file's entries, the lawyer assessment's
 * contribution (upheld complaints, LAL art. 60) and the sweep of abandoned complaints (art. 12).
 */
package org.legalaid.complaints.control;
