package org.legalaid.funding;

import org.legalaid.intake.MatterType;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An archived case waiting for its subsidy, as the funding context recorded it when the case was
 * archived (its own read model, {@code funding_payable_case}; no table of the cases context is read).
 */
public record PayableCase(long caseId, String caseNumber, long unitId, MatterType matterType, Long lawyerId,
                          String lawyerName, String firmName, LocalDate assignedOn, LocalDate endedOn,
                          LocalDate archivedOn) implements Serializable {

    /** A row of {@code case_id, case_number, unit_id, matter_type, lawyer_id, lawyer_name, firm_name, assigned_on, ended_on, archived_on}. */
    public static PayableCase of(Object[] r) {
        return new PayableCase(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                MatterType.valueOf((String) r[3]), r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5],
                (String) r[6], date(r[7]), date(r[8]), date(r[9]));
    }

    /** The day that selects the subsidy standard under {@code basis}. */
    public LocalDate rateDate(RateDateBasis basis) {
        LocalDate d = switch (basis) {
            case ASSIGNMENT -> assignedOn;
            case CASE_END -> endedOn;
            case ARCHIVE -> archivedOn;
        };
        return d != null ? d : archivedOn;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) o).toLocalDate();
    }
}
