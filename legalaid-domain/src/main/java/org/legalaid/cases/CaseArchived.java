package org.legalaid.cases;

import org.legalaid.intake.MatterType;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case was archived (归档) and may now be paid (docs/domain.md "Case lifecycle" 9: the centre archives
 * the file "and only then pays the subsidy"). The cases context fires it inside the archiving
 * transaction; the funding context records the case as waiting for its subsidy claim and starts the
 * payment clock, together with the archive or not at all.
 */
public record CaseArchived(long caseId, String caseNumber, long unitId, MatterType matterType, Long lawyerId,
                           String lawyerName, String firmName, LocalDate assignedOn, LocalDate endedOn,
                           LocalDate archivedOn) {

    public CaseArchived {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(archivedOn, "archivedOn");
    }

    /** The event of an archived case. */
    public static CaseArchived of(LegalCase c) {
        return new CaseArchived(c.getId(), c.getCaseNumber(), c.getUnitId(), c.getMatterType(), c.getLawyerId(),
                c.getLawyerName(), c.getFirmName(), c.getAssignedOn(), c.getEndedOn(), c.getArchivedOn());
    }
}
