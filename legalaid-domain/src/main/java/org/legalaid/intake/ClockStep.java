package org.legalaid.intake;

/**
 * A step that runs against a statutory or local time limit (docs/domain.md, "Case lifecycle" 3–9).
 * Each carries its default {@link TimeLimit}, with the source in its Javadoc; the limit the
 * system applies is a {@link TimeLimitSetting} an administrator maintains, seeded with these
 * defaults by the migration. Case steps (signing, termination, closing) are here too, because a
 * clerk's list of what is due should hold every clock of their unit in one place.
 */
public enum ClockStep {

    /** Decide whether to grant aid within 7 days of receiving the application (LAL art. 43). */
    DECIDE_APPLICATION(StatutoryClock.DECIDE_APPLICATION),

    /**
     * The period the applicant has to supply what the one written list of missing materials asks
     * for (补正, LAL art. 43). The law sets no figure: 15 days is a common local practice, and an
     * administrator sets the figure the centre uses. When it runs out without the materials, the
     * application is deemed withdrawn (视为撤回申请, LAL art. 43).
     */
    SUPPLY_MATERIALS(TimeLimit.calendarDays(15)),

    /** Assign an aid lawyer within 3 days of the decision to grant aid (LAL art. 43). */
    ASSIGN_AFTER_GRANT(StatutoryClock.ASSIGN_AFTER_GRANT),

    /**
     * Assign a defence lawyer within 3 days of a notice from a court, procuratorate or police
     * (通知辩护, LAL art. 36).
     */
    ASSIGN_AFTER_NOTICE(StatutoryClock.ASSIGN_AFTER_NOTICE),

    /** The justice bureau decides an objection within 5 days of receiving it (LAL art. 49). */
    DECIDE_OBJECTION(StatutoryClock.DECIDE_OBJECTION),

    /**
     * A custody facility, case-handling organ or duty lawyer forwards an application from a person
     * in custody within 24 hours (LAL art. 39).
     */
    FORWARD_CUSTODY_APPLICATION(StatutoryClock.FORWARD_CUSTODY_APPLICATION),

    /**
     * The assigned lawyer's firm signs the entrustment agreement (委托协议) with the client within
     * 5 days of assignment (办理法律援助案件程序规定, 2023, art. 27).
     */
    SIGN_AGREEMENT(TimeLimit.calendarDays(5)),

    /**
     * After aid is terminated in a criminal case, the court, procuratorate or police handling it
     * are told within 3 days (LAL art. 48 and docs/domain.md "Handling").
     */
    NOTIFY_TERMINATION(TimeLimit.calendarDays(3)),

    /**
     * The lawyer hands in the closing report and the case documents within 30 days of the case
     * ending (LAL art. 50; the 30 days are the local rules' figure).
     */
    CLOSING_SUBMISSION(TimeLimit.calendarDays(30)),

    /** The centre checks the closing file within 30 days of receiving it (local rules). */
    CLOSING_REVIEW(TimeLimit.calendarDays(30)),

    /**
     * The case subsidy is paid within 30 days of the archive (及时足额支付, seed 001; the figure is the
     * default of the time-limit screen): started by the funding context at the archive, stopped when
     * the bank confirms the payment.
     */
    PAY_SUBSIDY(TimeLimit.calendarDays(30)),

    /**
     * Decide whether to accept a complaint within 5 working days of receiving it (MoJ order 149
     * art. 15); the clock stands while the missing information is awaited (art. 12). Started and
     * stopped by the complaints context.
     */
    ACCEPT_COMPLAINT(TimeLimit.workingDays(5)),

    /**
     * The period the complainant has to supply the information the one notice asks for (order 149
     * art. 12): the handler sets the deadline in the notice (this default is the form's proposal);
     * silence past it counts as abandoning the complaint.
     */
    COMPLAINT_MATERIALS(TimeLimit.calendarDays(15)),

    /**
     * Finish an accepted complaint within 60 days of the last acceptance (order 149 art. 23); the
     * clock stands while the complaint is suspended (art. 21), and the one extension of up to 30 days
     * the head approves restarts it on the extended due date.
     */
    DECIDE_COMPLAINT(TimeLimit.calendarDays(60)),

    /** The written decision reaches both parties within 5 working days of it (order 149 art. 24). */
    DELIVER_COMPLAINT_DECISION(TimeLimit.workingDays(5));

    private final TimeLimit defaultLimit;

    ClockStep(TimeLimit defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    /** The limit the law or the local rules set, used until an administrator changes it. */
    public TimeLimit defaultLimit() {
        return defaultLimit;
    }

    public String labelKey() {
        return "clockStep." + name();
    }
}
