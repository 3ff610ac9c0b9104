package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The automatic check of an archived case's file (一案一评; seed 004 主要问题)")
class FileCheckTest {

    private static FileFacts.Item item(String code, String name, boolean present, String verdict) {
        return new FileFacts.Item(code, name, true, present, verdict);
    }

    @Test
    void aCompleteFileWithMeetingsAndAFollowUpHasNoFindings() {
        FileFacts f = new FileFacts(true, List.of(item("MEETING_RECORD", "会见笔录", true, "ACCEPTED"),
                item("INDEX", "卷宗封面及目录", true, "ACCEPTED")), List.of(), List.of(), 2, 0, 1);
        assertTrue(FileCheck.check(f).isEmpty());
    }

    @Test
    void flagsAMeetingRecordMissingFromTheLogEvenWhenTheChecklistHasIt() {
        FileFacts f = new FileFacts(true, List.of(item("MEETING_RECORD", "会见笔录", true, "ACCEPTED")), List.of(),
                List.of(), 0, 0, 1);
        assertEquals(List.of(new CheckFinding(FindingType.MEETING_RECORD_MISSING, "会见笔录（办案记录中无会见）")), FileCheck.check(f));
    }

    @Test
    void flagsMissingAndDefectiveItemsDatesLateStepsStrikeOutsAndNoFollowUp() {
        FileFacts f = new FileFacts(true, List.of(item("MEETING_RECORD", "会见笔录", false, "MISSING"),
                item("CLIENT_RIGHTS_NOTICE", "受援人权利义务告知书", false, "MISSING"),
                item("SIGNED_OPINION", "辩护词/代理词（签名）", true, "DEFECTIVE"),
                new FileFacts.Item("TRIAL_RECORD", "庭审笔录", false, false, null)),
                List.of("指派日期（2026-03-16）早于审批日期（2026-05-15）"), List.of("签订委托协议"), 3, 2, 0);
        List<CheckFinding> found = FileCheck.check(f);
        assertEquals(List.of(
                new CheckFinding(FindingType.MISSING_ITEM, "受援人权利义务告知书"),
                new CheckFinding(FindingType.DEFECTIVE_ITEM, "辩护词/代理词（签名）"),
                new CheckFinding(FindingType.MEETING_RECORD_MISSING, "会见笔录"),
                new CheckFinding(FindingType.DATE_LOGIC, "指派日期（2026-03-16）早于审批日期（2026-05-15）"),
                new CheckFinding(FindingType.LATE_STEP, "签订委托协议"),
                new CheckFinding(FindingType.STRUCK_OUT, "2 条办案记录被划除"),
                new CheckFinding(FindingType.NO_FOLLOW_UP, "回访")), found);
    }

    @Test
    void aCaseWithoutAnySubmissionIsFlagged() {
        FileFacts f = new FileFacts(false, List.of(), List.of(), List.of(), 1, 0, 1);
        assertEquals(FindingType.MISSING_ITEM, FileCheck.check(f).get(0).getType());
    }
}
