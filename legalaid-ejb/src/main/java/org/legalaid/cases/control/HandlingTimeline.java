package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.cases.CaseEnquiry;
import org.legalaid.cases.CaseProgress;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.shared.ChinaTime;

import java.util.ArrayList;
import java.util.List;

/**
 * The timeline lines of a case's handling: each progress entry on the day of the activity (a struck
 * one under its own label, with the reason), and each client enquiry (LAL art. 46) when it was asked.
 */
@ApplicationScoped
public class HandlingTimeline implements TimelineSource {

    @Inject
    private HandlingRepository handling;

    @Override
    public List<TimelineEntry> entriesFor(LegalCase c) {
        List<TimelineEntry> out = new ArrayList<>();
        for (CaseProgress p : handling.findProgress(c.getId())) {
            String note = p.getPerformedBy() + ": " + p.getDetails() + (p.isStruck() ? " — " + p.getStrikeReason() : "");
            out.add(new TimelineEntry(p.getOccurredOn(), p.getRecordedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime(),
                    p.isStruck() ? "caseTimeline.PROGRESS_STRUCK" : p.getKind().labelKey(), p.getRecordedBy(), note));
        }
        for (CaseEnquiry e : handling.findEnquiries(c.getId())) {
            var asked = e.getAskedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
            out.add(new TimelineEntry(asked.toLocalDate(), asked, "caseTimeline.ENQUIRY", e.getRecordedBy(),
                    e.getAskedBy() + ": " + e.getQuestion()));
        }
        return out;
    }
}
