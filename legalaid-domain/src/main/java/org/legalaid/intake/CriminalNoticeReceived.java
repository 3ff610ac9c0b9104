package org.legalaid.intake;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A notice of a criminal case was received for the first time (a retry fires nothing): the
 * moment the 3-day assignment clock starts (LAL art. 36). Fired as a CDI event inside the
 * transaction that stores the notice; an observer {@code during = AFTER_SUCCESS} sees it only
 * once the notice is committed.
 *
 * @param noticeId   the notice
 * @param unitId     the receiving centre
 * @param receivedAt when it arrived, China Standard Time
 * @param label      organ, document number and defendant, for lists of due steps
 */
public record CriminalNoticeReceived(long noticeId, long unitId, LocalDateTime receivedAt, String label) {

    public CriminalNoticeReceived {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(label, "label");
    }
}
