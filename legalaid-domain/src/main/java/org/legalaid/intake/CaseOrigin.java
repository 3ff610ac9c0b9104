package org.legalaid.intake;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The intake dates a legal aid case starts from (docs/domain.md date logic: application ≤ acceptance ≤
 * decision ≤ assignment), read by the cases context when a case opens. For a notified criminal
 * case the notice's arrival is the application, the acceptance and the decision at once (the
 * organ's notice obliges the centre, LAL art. 36); for urgent prior aid (LAL art. 44) the decision
 * date is the day aid started.
 *
 * @param appliedOn  the application was received (a forwarded one: when the centre received it)
 * @param acceptedOn accepted (受理), or null when never formally accepted (urgent aid before it)
 * @param decidedOn  aid granted, ordered on objection or started early
 */
public record CaseOrigin(LocalDate appliedOn, LocalDate acceptedOn, LocalDate decidedOn) {

    public CaseOrigin {
        Objects.requireNonNull(appliedOn, "appliedOn");
    }
}
