package org.legalaid.complaints.boundary;

import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintAct;
import org.legalaid.complaints.ComplaintStep;
import org.legalaid.complaints.InvestigationRecord;
import org.legalaid.complaints.RecordAttachment;
import org.legalaid.complaints.Investigator;
import org.legalaid.intake.ClockReading;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A complaint with everything its page shows: the file's entries (一事一卷, art. 25), the investigators
 * and records with their attached files (art. 16–17), the clocks, the due dates of art. 15, 23 and 24, the acts open to the caller, and the
 * names of the staff who appear in it.
 */
public record ComplaintView(Complaint complaint, List<Investigator> investigators, List<InvestigationRecord> records,
                            List<RecordAttachment> attachments, List<ComplaintStep> steps, List<ClockReading> clocks, Set<ComplaintAct> acts,
                            LocalDateTime acceptanceDue, LocalDateTime decisionDue, LocalDateTime deliveryDue,
                            Map<String, String> staffNames) implements Serializable {

    /** Whether the caller may take the act now (the page renders only those). */
    public boolean may(String act) {
        return acts.contains(ComplaintAct.valueOf(act));
    }

    /** The files attached to one investigation record, in the order they were attached. */
    public List<RecordAttachment> attachmentsOf(long recordId) {
        return attachments.stream().filter(a -> a.getRecordId() == recordId).toList();
    }

    /** A colleague's name for a user name (the user name when unknown, empty for none). */
    public String name(String username) {
        return username == null ? "" : staffNames.getOrDefault(username, username);
    }
}
