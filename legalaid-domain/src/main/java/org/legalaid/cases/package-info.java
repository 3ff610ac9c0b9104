/**
 * The cases context: a legal aid case 案件 from the assignment of its first lawyer through
 * handling (承办), termination (终止) or closing (结案) to the centre's review and the archive (归档)
 * (docs/domain.md "Case lifecycle" 8–9; issue 5). This package holds the rules that need no container:
 * <ul>
 *   <li>what state a case is in and what may follow — {@link org.legalaid.cases.CaseStatus} and
 *       {@link org.legalaid.cases.LegalCase};</li>
 *   <li>the order of a case's dates — {@link org.legalaid.cases.CaseDates} with its
 *       {@link org.legalaid.cases.CaseMilestone}s: application ≤ acceptance ≤ decision ≤ assignment ≤
 *       handling ≤ closing ≤ review ≤ archive (seed 004 found files dated the other way round).</li>
 * </ul>
 * Other contexts refer to a case by id and ask this context's boundary; payment (funding) asks
 * whether a case is archived.
 */
package org.legalaid.cases;
