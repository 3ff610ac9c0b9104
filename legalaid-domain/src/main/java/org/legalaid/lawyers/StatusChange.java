package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a lawyer's status lifecycle ({@link LawyerStatus}): from, to, the day it takes
 * effect, why, who asked and who approved. Issue 4 requires each transition to carry date, reason
 * and approver; the approver is a second person (four-eyes), because suspension and exit take
 * work and income away from a lawyer and are the outcome of the assessment (LAL art. 60) or a
 * sanction (LAL art. 62, 63).
 *
 * <p>Built through {@link #of}, which validates; the record's constructor only checks that
 * nothing is null, so a change read back from the database is taken as it was recorded.
 *
 * @param from        status before
 * @param to          status after
 * @param date        the day the change takes effect
 * @param reason      why, in words the lawyer will read; at most {@link #REASON_MAX} characters
 * @param requestedBy the user name of the person who asks for the change
 * @param approvedBy  the user name of the person who approves it, not the requester
 */
public record StatusChange(LawyerStatus from, LawyerStatus to, LocalDate date, String reason,
                           String requestedBy, String approvedBy) {

    /** Longest reason kept. */
    public static final int REASON_MAX = 500;

    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }

    /**
     * A validated change.
     *
     * @param today the current day in China ({@code ChinaTime.ZONE}); a change cannot be dated after it
     * @throws BusinessException {@code lawyers.status.transition} (from, to) when the table of
     *                           {@link LawyerStatus} does not allow it;
     *                           {@code lawyers.status.reasonRequired} for a blank reason;
     *                           {@code lawyers.status.reasonTooLong} (max) beyond {@link #REASON_MAX};
     *                           {@code lawyers.status.approverRequired} without an approver;
     *                           {@code lawyers.status.approverIsRequester} when both are the same
     *                           person; {@code lawyers.status.dateInFuture} (date) after {@code today}
     */
    public static StatusChange of(LawyerStatus from, LawyerStatus to, LocalDate date, String reason,
                                  String requestedBy, String approvedBy, LocalDate today) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (!from.canChangeTo(to)) {
            throw new BusinessException("lawyers.status.transition", from, to);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("lawyers.status.reasonRequired");
        }
        if (why.length() > REASON_MAX) {
            throw new BusinessException("lawyers.status.reasonTooLong", REASON_MAX);
        }
        String approver = approvedBy == null ? "" : approvedBy.strip();
        if (approver.isEmpty()) {
            throw new BusinessException("lawyers.status.approverRequired");
        }
        if (approver.equalsIgnoreCase(requestedBy.strip())) {
            throw new BusinessException("lawyers.status.approverIsRequester");
        }
        if (date.isAfter(today)) {
            throw new BusinessException("lawyers.status.dateInFuture", date);
        }
        return new StatusChange(from, to, date, why, requestedBy.strip(), approver);
    }
}
