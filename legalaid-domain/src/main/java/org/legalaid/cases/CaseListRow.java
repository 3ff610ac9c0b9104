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

    // JavaBean getters: Jakarta EL 5 (Faces pages) reads properties, not record components

    public long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public long getUnitId() {
        return unitId;
    }

    public MatterType getMatterType() {
        return matterType;
    }

    public String getClientName() {
        return clientName;
    }

    public String getTitle() {
        return title;
    }

    public String getLawyerName() {
        return lawyerName;
    }

    public String getFirmName() {
        return firmName;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public LocalDate getArchivedOn() {
        return archivedOn;
    }
}
