/**
 * The intake context: from the first consultation to the decision on an application and the
 * objection against a refusal (docs/domain.md, "Case lifecycle" 1–6). This package holds the rules
 * that need no container:
 * <ul>
 *   <li>who the applicant is — {@link org.legalaid.intake.ResidentIdNumber} (GB 11643-1999);</li>
 *   <li>what the matter is — {@link org.legalaid.intake.MatterType},
 *       {@link org.legalaid.intake.MatterCategory}, and whether the law covers it —
 *       {@link org.legalaid.intake.ScopeCheck} (LAL art. 24–33);</li>
 *   <li>whether the applicant is poor enough — {@link org.legalaid.intake.MeansTest} against a
 *       {@link org.legalaid.intake.HardshipStandard} (LAL art. 34) — or need not show it —
 *       {@link org.legalaid.intake.ExemptionCheck} (LAL art. 32, 42 and local rules);</li>
 *   <li>which criminal cases a court, procuratorate or police notifies for a defence lawyer —
 *       {@link org.legalaid.intake.CriminalNotice}, {@link org.legalaid.intake.NoticeRules},
 *       {@link org.legalaid.intake.MandatoryDefenceGround} (LAL art. 25, 26, 28, 36);</li>
 *   <li>by when each step must be done — {@link org.legalaid.intake.DeadlineCalendar} and
 *       {@link org.legalaid.intake.StatutoryClock} (LAL art. 39, 43, 49), persisted as a
 *       {@link org.legalaid.intake.ClockItem} per step of a subject, on the limits of
 *       {@link org.legalaid.intake.TimeLimitSetting} and the days of
 *       {@link org.legalaid.intake.CalendarDay}.</li>
 * </ul>
 * Thresholds, multipliers, exemption lists, holidays and time limits are data that an
 * administrator maintains; the defaults here only document where they come from.
 */
package org.legalaid.intake;
