/**
 * Quality supervision (质量监督, docs/domain.md and ../shared/DOMAIN.md "Quality supervision"; seeds 000,
 * 002, 004): the automatic check of every archived case's file (一案一评), the evaluation forms as
 * versioned data with their grade bands, the evaluator pool, the sampling campaign with its blind,
 * stratified and reproducible draw (seed 004: "采取盲抽方式，随机……抽取22宗……民事行政案件、刑事案件各11宗"),
 * the assignment with cross-avoidance (交叉回避), initial evaluation, re-evaluation of every 优秀 and
 * 不合格, the panel, the unit's objection (异议审核) and the published, final result with its 优良率 and
 * 合格率.
 *
 * <p>The rules that need no container — {@link org.legalaid.quality.Sampler}, {@link
 * org.legalaid.quality.CrossAvoidance}, {@link org.legalaid.quality.GradeBands}, {@link
 * org.legalaid.quality.QualityRates}, {@link org.legalaid.quality.FileCheck} — are pure Java and
 * unit-tested. The context reads the cases context only through its boundary and the {@code
 * CaseArchived} event: {@code quality_archived_case} is its own read model of archived cases.
 */
package org.legalaid.quality;
