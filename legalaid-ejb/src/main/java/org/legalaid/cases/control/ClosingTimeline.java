package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.cases.ChecklistLine;
import org.legalaid.cases.ClosingResult;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.shared.ChinaTime;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The timeline lines of the closing: each hand-in of the file (who recorded it for which lawyer,
 * the outcome), each return with the items sent back and their notes, the passed review and the
 * archive, with who did it.
 */
@ApplicationScoped
public class ClosingTimeline implements TimelineSource {

    @Inject
    private ClosingRepository closings;

    @Override
    public List<TimelineEntry> entriesFor(LegalCase c) {
        List<TimelineEntry> out = new ArrayList<>();
        for (ClosingSubmission s : closings.findSubmissions(c.getId())) {
            out.add(new TimelineEntry(s.getSubmittedOn(), local(s.getRecordedAt()), "caseTimeline.CLOSING_SUBMITTED",
                    s.getRecordedBy(), java.util.Objects.toString(s.getLawyerName(), "")
                    + (s.getOutcomeText() == null ? "" : " · " + s.getOutcomeText())));
            if (s.getResult() == ClosingResult.RETURNED) {
                String items = s.getLines().stream().filter(ChecklistLine::isOutstanding)
                        .map(l -> l.getItem().documentName() + "（" + l.getVerdict().mark() + "）"
                                + (l.getNote() == null ? "" : "：" + l.getNote()))
                        .collect(Collectors.joining("\n"));
                out.add(new TimelineEntry(local(s.getReviewedAt()).toLocalDate(), local(s.getReviewedAt()),
                        "caseTimeline.CLOSING_RETURNED", s.getReviewedBy(), items));
            } else if (s.getResult() == ClosingResult.PASSED) {
                out.add(new TimelineEntry(local(s.getReviewedAt()).toLocalDate(), local(s.getReviewedAt()),
                        "caseTimeline.CLOSING_PASSED", s.getReviewedBy(), null));
            }
            if (s.getArchivedAt() != null) {
                out.add(new TimelineEntry(local(s.getArchivedAt()).toLocalDate(), local(s.getArchivedAt()),
                        "caseTimeline.CLOSING_ARCHIVED", s.getArchivedBy(), c.getCaseNumber()));
            }
        }
        return out;
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }
}
