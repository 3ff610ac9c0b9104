package org.legalaid.complaints.boundary;

import org.legalaid.complaints.ComplaintOutcome;

import java.io.Serializable;
import java.util.Map;

/**
 * What waits for the complaint handler (the workbench card): complaints to accept, waiting for
 * information, under investigation, with this person as investigator, decided and not yet delivered
 * or followed up, the complaint clocks overdue, and the year's decisions by outcome (art. 28).
 */
public record ComplaintWork(long toAccept, long awaitingMaterials, long investigating, long mine, long toDeliver,
                            long toFollowUp, long overdueClocks, Map<ComplaintOutcome, Long> yearByOutcome)
        implements Serializable {
}
