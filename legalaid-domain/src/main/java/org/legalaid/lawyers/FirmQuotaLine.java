package org.legalaid.lawyers;

import java.io.Serializable;
import java.util.Objects;

/** One firm's line of the year's quota report: the firm and the progress the quota ledger computed. */
public record FirmQuotaLine(long firmId, String name, QuotaProgress progress) implements Serializable {

    public FirmQuotaLine {
        Objects.requireNonNull(progress, "progress");
    }
}
