package org.legalaid.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.cases.boundary.CaseTimelineContributor;
import org.legalaid.funding.Payment;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.shared.ChinaTime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The subsidy's steps on the case's timeline (issue 13: "every step audited and on the case's
 * timeline"): claimed, reviewed, approved, approved again, rejected, put into a payment batch, paid.
 */
@ApplicationScoped
public class SubsidyTimeline implements CaseTimelineContributor {

    @Inject
    private ClaimRepository claims;

    @Override
    public List<TimelineEntry> entriesFor(long caseId) {
        List<TimelineEntry> out = new ArrayList<>();
        for (SubsidyClaim c : claims.findClaimsOfCase(caseId)) {
            String what = c.getLawyerName() + " · " + c.getStage().chineseName() + " · ¥" + c.getAmount().toPlainString();
            add(out, c.getClaimedAt(), "caseTimeline.SUBSIDY_CLAIMED", c.getClaimedBy(), what);
            add(out, c.getReviewedAt(), "caseTimeline.SUBSIDY_REVIEWED", c.getReviewedBy(), null);
            add(out, c.getApprovedAt(), "caseTimeline.SUBSIDY_APPROVED", c.getApprovedBy(), null);
            add(out, c.getSecondApprovedAt(), "caseTimeline.SUBSIDY_SECOND_APPROVED", c.getSecondApprovedBy(), null);
            add(out, c.getRejectedAt(), "caseTimeline.SUBSIDY_REJECTED", c.getRejectedBy(), c.getRejectionReason());
            add(out, c.getPaidAt(), "caseTimeline.SUBSIDY_BATCHED", c.getPaidBy(), null);
            claims.findPaymentOfClaim(c.getId()).filter(p -> p.getPaidOn() != null).ifPresent((Payment p) ->
                    out.add(new TimelineEntry(p.getPaidOn(), null, "caseTimeline.SUBSIDY_PAID", null,
                            p.getReference() + " · ¥" + p.getAmount().toPlainString())));
        }
        return out;
    }

    private static void add(List<TimelineEntry> out, OffsetDateTime at, String key, String actor, String note) {
        if (at != null) {
            var local = at.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
            out.add(new TimelineEntry(local.toLocalDate(), local, key, actor, note));
        }
    }
}
