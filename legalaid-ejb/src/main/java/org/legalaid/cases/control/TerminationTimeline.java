package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.cases.CaseTermination;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.shared.ChinaTime;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline lines of a case's terminations (LAL art. 48, 49, 64): proposed, approved or
 * rejected, the organ told, the objection received and decided, the costs and the fine. The end of
 * the case itself is a line of {@link CaseDatesTimeline}.
 */
@ApplicationScoped
public class TerminationTimeline implements TimelineSource {

    @Inject
    private TerminationRepository terminations;

    @Override
    public List<TimelineEntry> entriesFor(LegalCase c) {
        List<TimelineEntry> out = new ArrayList<>();
        for (CaseTermination t : terminations.findOfCase(c.getId())) {
            out.add(line(t.getProposedAt(), "caseTimeline.TERMINATION_PROPOSED", t.getProposedBy(), t.getReasons()));
            switch (t.getState()) {
                case APPROVED, REVOKED -> out.add(new TimelineEntry(t.getDecidedOn(), local(t.getDecidedAt()),
                        "caseTimeline.TERMINATION_APPROVED", t.getDecidedBy(), t.getDocumentNumber()));
                case REJECTED -> out.add(line(t.getDecidedAt(), "caseTimeline.TERMINATION_REJECTED", t.getDecidedBy(),
                        t.getRejectionReasons()));
                case PROPOSED -> { }
            }
            if (t.getOrganNotifiedOn() != null) {
                out.add(new TimelineEntry(t.getOrganNotifiedOn(), null, "caseTimeline.TERMINATION_ORGAN_NOTIFIED",
                        t.getOrganNotifiedBy(), null));
            }
            if (t.getObjectionReceivedOn() != null) {
                out.add(new TimelineEntry(t.getObjectionReceivedOn(), null, "caseTimeline.TERMINATION_OBJECTION",
                        t.getObjectionReceivedBy(), t.getObjectionGrounds()));
            }
            if (t.getObjectionDecidedAt() != null) {
                out.add(line(t.getObjectionDecidedAt(), Boolean.TRUE.equals(t.getObjectionRevoked())
                                ? "caseTimeline.TERMINATION_REVOKED" : "caseTimeline.TERMINATION_UPHELD",
                        t.getObjectionDecidedBy(), t.getObjectionReasons()));
            }
            if (t.getRecoveryAmount() != null) {
                out.add(line(t.getRecoverySetAt(), "caseTimeline.TERMINATION_RECOVERY", t.getRecoverySetBy(),
                        "¥" + t.getRecoveryAmount().toPlainString()));
            }
            if (t.getFineAmount() != null) {
                out.add(line(t.getFineDecidedAt(), "caseTimeline.TERMINATION_FINE", t.getFineDecidedBy(),
                        "¥" + t.getFineAmount().toPlainString()));
            }
        }
        return out;
    }

    private static TimelineEntry line(OffsetDateTime at, String key, String actor, String note) {
        LocalDateTime local = local(at);
        return new TimelineEntry(local.toLocalDate(), local, key, actor, note);
    }

    private static LocalDateTime local(OffsetDateTime at) {
        return at.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }
}
