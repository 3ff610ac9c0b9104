package org.legalaid.intake;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A notice was withdrawn before a lawyer was assigned: its assignment clock stops. Fired as a CDI
 * event inside the withdrawing transaction.
 *
 * @param noticeId    the notice
 * @param unitId      the receiving centre
 * @param withdrawnAt when, China Standard Time
 */
public record CriminalNoticeWithdrawn(long noticeId, long unitId, LocalDateTime withdrawnAt) {

    public CriminalNoticeWithdrawn {
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
