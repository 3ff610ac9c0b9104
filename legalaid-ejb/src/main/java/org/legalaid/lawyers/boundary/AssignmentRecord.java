package org.legalaid.lawyers.boundary;

import org.legalaid.lawyers.Assignment;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An assignment with the names a list shows, for the case's history and the lawyer's profile.
 *
 * @param agreementDue the end of the 5-day period for the entrustment agreement (2023 procedure
 *                     rules art. 27) while it runs; null once signed or ended
 */
public record AssignmentRecord(Assignment assignment, String lawyerName, String firmName, LocalDateTime agreementDue)
        implements Serializable {
}
