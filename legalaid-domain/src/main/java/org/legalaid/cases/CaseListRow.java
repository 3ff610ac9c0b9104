package org.legalaid.cases;

import org.legalaid.intake.MatterType;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the central case list, read from {@code legal_case} alone. */
public record CaseListRow(long id, String caseNumber, long unitId, MatterType matterType, String clientName,
                          String title, String lawyerName, String firmName, CaseStatus status, LocalDate appliedOn,
                          LocalDate assignedOn, LocalDate endedOn, LocalDate archivedOn) implements Serializable {

    /** The value of the sort key of this row, for seeking the next or previous page. */
    public Serializable sortKey(CaseSortField field) {
        return switch (field) {
            case ASSIGNED_ON -> assignedOn;
            case APPLIED_ON -> appliedOn;
            case CASE_NUMBER -> caseNumber;
            case CLIENT_NAME -> clientName;
        };
    }
}
