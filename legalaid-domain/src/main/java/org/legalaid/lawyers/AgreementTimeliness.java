package org.legalaid.lawyers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether an assigned lawyer signed the legal aid agreement 委托协议 in time: within 5 days of the
 * assignment (Procedure Rules for Legal Aid Cases 2023, art. 27). The annual assessment 考核 counts
 * the late ones (LAL art. 60; issue 4 "timeliness").
 */
public final class AgreementTimeliness {

    /** Days after the assignment day by which the agreement is due. */
    public static final int DAYS = 5;

    private AgreementTimeliness() {
    }

    /**
     * Late when signed more than {@value #DAYS} days after {@code assignedOn}, or still unsigned
     * when more than {@value #DAYS} days have passed by {@code today}.
     *
     * @param signedOn the day the agreement was signed, or null while unsigned
     */
    public static boolean isLate(LocalDate assignedOn, LocalDate signedOn, LocalDate today) {
        Objects.requireNonNull(assignedOn, "assignedOn");
        LocalDate due = assignedOn.plusDays(DAYS);
        return signedOn != null ? signedOn.isAfter(due) : today.isAfter(due);
    }
}
