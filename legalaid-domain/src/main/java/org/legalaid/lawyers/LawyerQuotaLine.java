package org.legalaid.lawyers;

import java.io.Serializable;
import java.util.Objects;

/**
 * One lawyer's line of the year's quota report (issue 4; LAL art. 60): who, where, and the progress
 * the quota ledger computed.
 */
public record LawyerQuotaLine(long lawyerId, String name, long firmId, String firmName, LawyerStatus status,
                              QuotaProgress progress) implements Serializable {

    public LawyerQuotaLine {
        Objects.requireNonNull(progress, "progress");
    }
}
