package org.legalaid.audit.boundary;

import org.legalaid.shared.AuditAction;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One audited act on a record, as another context may show it: who, when, what kind of act. */
public record RecordAccess(String actor, OffsetDateTime at, AuditAction action) implements Serializable {
}
