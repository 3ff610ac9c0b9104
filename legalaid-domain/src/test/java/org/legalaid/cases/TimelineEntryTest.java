package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One timeline in time order (issue 18). */
class TimelineEntryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    @DisplayName("an archived case lists each closing step once: the timed line replaces the date-only milestone of the same day, and everything is in time order")
    void closingStepsOnceInOrder() {
        List<TimelineEntry> merged = TimelineEntry.merge(List.of(
                new TimelineEntry(DAY.plusDays(2), null, CaseMilestone.ARCHIVED.labelKey(), null, null),
                new TimelineEntry(DAY.plusDays(2), DAY.plusDays(2).atTime(15, 0), "caseTimeline.CLOSING_ARCHIVED", "reviewer", null),
                new TimelineEntry(DAY.plusDays(1), null, CaseMilestone.REVIEWED.labelKey(), null, null),
                new TimelineEntry(DAY.plusDays(1), DAY.plusDays(1).atTime(9, 0), "caseTimeline.CLOSING_PASSED", "reviewer", null),
                new TimelineEntry(DAY, null, CaseMilestone.SUBMITTED.labelKey(), null, null),
                new TimelineEntry(DAY, DAY.atTime(10, 0), "caseTimeline.CLOSING_SUBMITTED", "casesup", null),
                new TimelineEntry(DAY.minusDays(20), null, CaseMilestone.ASSIGNED.labelKey(), null, "青法援案〔2026〕7号")));
        assertEquals(List.of(CaseMilestone.ASSIGNED.labelKey(), "caseTimeline.CLOSING_SUBMITTED", "caseTimeline.CLOSING_PASSED",
                "caseTimeline.CLOSING_ARCHIVED"), merged.stream().map(TimelineEntry::kindKey).toList());
    }

    @Test
    @DisplayName("a legacy case's date-only milestones stay when no timed line records them, and a returned file's earlier review stays beside the later pass")
    void dateOnlyStaysWithoutTimedTwin() {
        LocalDateTime returnedAt = DAY.atTime(11, 0);
        List<TimelineEntry> merged = TimelineEntry.merge(List.of(
                new TimelineEntry(DAY.plusDays(5), null, CaseMilestone.ARCHIVED.labelKey(), null, null),
                new TimelineEntry(DAY, returnedAt, "caseTimeline.CLOSING_RETURNED", "reviewer", null),
                new TimelineEntry(DAY.plusDays(3), null, CaseMilestone.REVIEWED.labelKey(), null, null)));
        assertEquals(List.of("caseTimeline.CLOSING_RETURNED", CaseMilestone.REVIEWED.labelKey(), CaseMilestone.ARCHIVED.labelKey()),
                merged.stream().map(TimelineEntry::kindKey).toList());
    }
}
