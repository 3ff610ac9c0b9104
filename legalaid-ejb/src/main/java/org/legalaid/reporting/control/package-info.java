/** Storage of the reporting context's own records: submitted report versions and targets. */
package org.legalaid.reporting.control;
