package org.legalaid.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a progress entry 办案记录 records (docs/domain.md lifecycle 8; LAL art. 59). The lawyer's
 * activities are recorded by the centre's staff for the lawyer (the lawyer has no login); trial
 * attendance, opinions sought and follow-up visits are the supervising staff's own work.
 */
public enum ProgressKind {
    /** 会见: the lawyer met the client (or the defendant in custody). */
    MEETING(false),
    /** 阅卷: the lawyer reviewed the court's or procuratorate's file. */
    FILE_REVIEW(false),
    /** 调查取证: the lawyer investigated and collected evidence. */
    INVESTIGATION(false),
    /** 开庭: a hearing the lawyer attended. */
    HEARING(false),
    /** 提交法律文书: a defence/agency opinion, statement of claim or other document filed. */
    DOCUMENT_FILED(false),
    /** 裁判结果: the court's judgment, ruling or the mediation reached. */
    COURT_OUTCOME(false),
    /** 庭审旁听: a staff member attended the trial; with a short assessment and a grade (LAL art. 59). */
    TRIAL_ATTENDANCE(true),
    /** 征询办案机关意见: the judicial organ's opinion of the lawyer's work (LAL art. 59). */
    OPINION_SOUGHT(true),
    /** 回访: a follow-up visit to the client, with the client's satisfaction (LAL art. 59). */
    FOLLOW_UP_VISIT(true);

    /** The kinds the supervising staff do themselves. */
    public static final Set<ProgressKind> STAFF_ACTIVITIES = EnumSet.of(TRIAL_ATTENDANCE, OPINION_SOUGHT, FOLLOW_UP_VISIT);

    private final boolean staffActivity;

    ProgressKind(boolean staffActivity) {
        this.staffActivity = staffActivity;
    }

    /** Whether the centre's staff did it (supervision), rather than the lawyer. */
    public boolean isStaffActivity() {
        return staffActivity;
    }

    /**
     * Whether a client asking about progress (LAL art. 46) is told of it: the lawyer's work is the
     * client's to know; the centre's supervision (assessments, grades, the organ's opinion of the
     * lawyer, the ratings) is internal.
     */
    public boolean isToldToClient() {
        return !staffActivity;
    }

    public String labelKey() {
        return "progressKind." + name();
    }
}
