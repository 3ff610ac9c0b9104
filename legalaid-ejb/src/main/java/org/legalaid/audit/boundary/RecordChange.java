package org.legalaid.audit.boundary;

import org.legalaid.shared.AuditAction;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One audited act on a record with its summary, for the administrator's history of that record
 * (an account's changes): who, when, what kind of act, and what changed — not the chain's fields.
 */
public record RecordChange(String actor, OffsetDateTime at, AuditAction action, String summary) implements Serializable {
}
