/**
 * The quality context's pages (issue 16): the evaluator's workbench and scoring form with the automatic
 * check beside it, the campaigns with their progress and the wizard, one campaign's panel, objections,
 * publication and results. Backing beans render what {@code quality.boundary} answers and decide nothing.
 */
package org.legalaid.web.quality;
