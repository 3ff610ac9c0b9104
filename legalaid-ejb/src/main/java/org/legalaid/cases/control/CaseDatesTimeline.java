package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.legalaid.cases.CaseMilestone;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeline lines of the case's own dated steps: application, acceptance, decision, assignment,
 * the signed agreement, the end of the case, the closing submission, review and archive. Handling
 * entries come from their own source, with what was done.
 */
@ApplicationScoped
public class CaseDatesTimeline implements TimelineSource {

    private static final Set<CaseMilestone> SHOWN = EnumSet.complementOf(
            EnumSet.of(CaseMilestone.FIRST_HANDLING, CaseMilestone.LAST_HANDLING));

    @Override
    public List<TimelineEntry> entriesFor(LegalCase c) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Map.Entry<CaseMilestone, LocalDate> e : c.dates().asMap().entrySet()) {
            if (SHOWN.contains(e.getKey())) {
                String note = e.getKey() == CaseMilestone.ASSIGNED ? c.getCaseNumber() : null;
                out.add(new TimelineEntry(e.getValue(), null, e.getKey().labelKey(), null, note));
            }
        }
        if (c.getAgreementSignedOn() != null) {
            out.add(new TimelineEntry(c.getAgreementSignedOn(), null, "caseTimeline.AGREEMENT_SIGNED", null,
                    c.getLawyerName()));
        }
        return out;
    }
}
