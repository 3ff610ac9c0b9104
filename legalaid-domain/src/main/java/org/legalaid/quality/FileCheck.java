package org.legalaid.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * The automatic check of an archived case's file (一案一评: "the aim of evaluating every case once files are
 * electronic", issue 16): run once when the case is archived, stored per case, shown on the case page
 * and beside the evaluator's form, and used to weight the sample ({@link Sampler}).
 */
public final class FileCheck {

    /** The checklist code of the meeting record (cases' {@code CaseFileItem.MEETING_RECORD}). */
    public static final String MEETING_RECORD = "MEETING_RECORD";

    private FileCheck() {
    }

    /** The findings of a file, in a fixed order: items, meeting record, dates, clocks, strike-outs, follow-up. */
    public static List<CheckFinding> check(FileFacts f) {
        List<CheckFinding> out = new ArrayList<>();
        boolean meetingRecordMissing = false;
        if (!f.hasSubmission()) {
            out.add(new CheckFinding(FindingType.MISSING_ITEM, "结案材料（无结案提交记录）"));
        }
        for (FileFacts.Item i : f.items()) {
            boolean missing = i.required() && (!i.present() || "MISSING".equals(i.verdict()));
            if (MEETING_RECORD.equals(i.code()) && (missing || "DEFECTIVE".equals(i.verdict()))) {
                meetingRecordMissing = true;
                continue;
            }
            if (missing) {
                out.add(new CheckFinding(FindingType.MISSING_ITEM, i.documentName()));
            } else if ("DEFECTIVE".equals(i.verdict())) {
                out.add(new CheckFinding(FindingType.DEFECTIVE_ITEM, i.documentName()));
            }
        }
        if (meetingRecordMissing) {
            out.add(new CheckFinding(FindingType.MEETING_RECORD_MISSING, "会见笔录"));
        } else if (f.meetings() == 0) {
            out.add(new CheckFinding(FindingType.MEETING_RECORD_MISSING, "会见笔录（办案记录中无会见）"));
        }
        f.dateViolations().forEach(v -> out.add(new CheckFinding(FindingType.DATE_LOGIC, v)));
        f.lateSteps().forEach(s -> out.add(new CheckFinding(FindingType.LATE_STEP, s)));
        if (f.struckOut() > 0) {
            out.add(new CheckFinding(FindingType.STRUCK_OUT, f.struckOut() + " 条办案记录被划除"));
        }
        if (f.followUps() == 0) {
            out.add(new CheckFinding(FindingType.NO_FOLLOW_UP, "回访"));
        }
        return out;
    }
}
