/**
 * The reporting context's boundaries (issue 17): the statistics of any period and unit subtree with
 * year-on-year growth ({@link org.legalaid.reporting.boundary.StatisticsService}), the reports a
 * district submits upward as frozen versions and the city's view of who submitted, who is late and
 * the roll-up ({@link org.legalaid.reporting.boundary.ReportService}), and targets with their progress
 * ({@link org.legalaid.reporting.boundary.TargetService}).
 *
 * <p>Every figure is counted by the context that owns its data, through that context's boundary
 * ({@code IntakeFigures}, {@code CaseFigures}: one GROUP BY each over its own tables); reporting never
 * reads another context's tables or repositories.
 */
package org.legalaid.reporting.boundary;
