package org.legalaid.quality;

/**
 * What the automatic check of an archived case's file can find (一案一评; issue 16; seed 004 "主要问题":
 * missing notices of rights and duties, incomplete meeting records, dates long before the approval …).
 */
public enum FindingType {
    /** A required item of the file is missing. */
    MISSING_ITEM,
    /** An item was found defective at the closing review. */
    DEFECTIVE_ITEM,
    /** The meeting record 会见笔录 is missing, or the case's log shows no meeting (seed 004 (四) "部分会见笔录记录不全"). */
    MEETING_RECORD_MISSING,
    /** Dates out of order (seed 004 (六) "指派日期、办理日期、结案日期远早于案件的审批日期"). */
    DATE_LOGIC,
    /** A step on the case's clocks (agreement, closing …) was done late or is overdue. */
    LATE_STEP,
    /** Entries of the case's log were struck out (seed 004 (二) "大量涂改"). */
    STRUCK_OUT,
    /** No follow-up visit to the client (回访, LAL art. 59; seed 004 "强化……回访受援人等制度"). */
    NO_FOLLOW_UP;

    public String labelKey() {
        return "quality.finding." + name();
    }
}
