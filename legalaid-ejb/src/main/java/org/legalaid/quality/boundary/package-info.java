/**
 * The quality context's boundaries (issue 16): {@link org.legalaid.quality.boundary.CampaignService}
 * (forms, the evaluator pool, the campaign from draw to publication, results),
 * {@link org.legalaid.quality.boundary.EvaluationService} (the evaluator's workbench and scoring form) and
 * {@link org.legalaid.quality.boundary.GradeService} (a case's final grade and automatic check, for the
 * case page and for funding). The quality context reads the cases context only through
 * {@code cases.boundary.CaseFileService} and the {@code CaseArchived} event, and depends on no context
 * that reads its grades (funding, lawyers).
 */
package org.legalaid.quality.boundary;
