package org.legalaid.cases.boundary;

import org.legalaid.cases.LegalCase;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A case on the closing worklist: its file awaits the centre's review (with the review clock's due
 * moment) or, reviewed, its archiving.
 */
public record ClosingWorkItem(LegalCase legalCase, LocalDateTime reviewDue, boolean overdue) implements Serializable {
}
