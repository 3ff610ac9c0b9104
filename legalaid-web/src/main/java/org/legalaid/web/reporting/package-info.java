/**
 * The reporting context's pages (issue 17): statistics of a unit and period with year-on-year growth,
 * reports submitted upward and the city's view of them, targets and their progress, and the bureau
 * roles' card on the workbench.
 */
package org.legalaid.web.reporting;
