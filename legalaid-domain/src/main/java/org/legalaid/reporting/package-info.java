/**
 * Statistics and reporting (统计报送, docs/domain.md "Statistics and reporting"; seed 003; LAL art. 58):
 * the periods figures are counted over ({@link Period}), year-on-year growth, targets per unit and
 * year with their progress against the expected progress for a date, the reports a district submits
 * upward as frozen, versioned snapshots ({@link SubmittedReport}), and the suppression of small
 * counts in anything that leaves the system ({@link SmallCounts}).
 *
 * <p>This context owns no figures of its own: it reads the other contexts' counts through their
 * boundaries (each groups its own tables in one SQL statement) and keeps only what it freezes —
 * submitted reports and targets.
 */
package org.legalaid.reporting;
