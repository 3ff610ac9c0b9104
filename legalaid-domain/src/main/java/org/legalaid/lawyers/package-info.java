/**
 * The lawyers context: the legal aid lawyer pool — law firms, basic legal service offices and
 * their lawyers, their status from admission to exit, the annual obligation quotas, the choice
 * of a lawyer for a granted case and the duty-lawyer rosters (docs/domain.md "Lawyer pool and
 * obligation quotas" and "Case lifecycle" 7; issue 4). This package holds the rules that need no
 * container:
 * <ul>
 *   <li>who a firm is — {@link org.legalaid.lawyers.UnifiedSocialCreditCode} (GB 32100-2015);</li>
 *   <li>how long a lawyer has practised — {@link org.legalaid.lawyers.PracticeYears} (LAL art. 26);</li>
 *   <li>where a lawyer stands — {@link org.legalaid.lawyers.LawyerStatus} and
 *       {@link org.legalaid.lawyers.StatusChange} (准入、考核、退出; LAL art. 60, 62, 63);</li>
 *   <li>what each lawyer and firm owes — {@link org.legalaid.lawyers.QuotaRule} with its
 *       {@link org.legalaid.lawyers.FirmBand}s, {@link org.legalaid.lawyers.CreditRule}s and
 *       {@link org.legalaid.lawyers.QuotaReduction}s, and how far they are —
 *       {@link org.legalaid.lawyers.QuotaProgress} (LAL art. 16, 60);</li>
 *   <li>who gets a case — {@link org.legalaid.lawyers.AssignmentRanking} over
 *       {@link org.legalaid.lawyers.Candidate}s for {@link org.legalaid.lawyers.CaseNeeds}
 *       (LAL art. 26, 43; 2023 procedure rules art. 26);</li>
 *   <li>who is on duty where — {@link org.legalaid.lawyers.RosterCheck} over
 *       {@link org.legalaid.lawyers.DutyShift}s (LAL art. 14).</li>
 * </ul>
 * Other contexts refer to a lawyer or firm by id and ask this context's boundary.
 */
package org.legalaid.lawyers;
