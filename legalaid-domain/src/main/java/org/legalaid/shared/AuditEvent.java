package org.legalaid.shared;

import java.util.Objects;

/**
 * Something happened that the audit trail must hold: a state change, or a read of a person's
 * record. Any context fires it as a CDI event inside its transaction; the audit context appends
 * it to the hash-chained trail in the same transaction, so a change and its audit row commit or
 * roll back together. Who did it and from which unit is taken from the caller unless
 * {@code actor} is given.
 *
 * @param action     what was done, e.g. {@code CREATE}, {@code UPDATE}, {@code READ}
 * @param entityType the record's type, e.g. {@code StaffAccount}
 * @param entityId   the record's id
 * @param summary    what changed, in words an auditor can read (no passwords, no secrets)
 * @param actor      who acted, or null for the authenticated caller
 * @param unitId     the actor's unit when {@code actor} is given
 */
public record AuditEvent(AuditAction action, String entityType, String entityId, String summary,
                         String actor, Long unitId) {

    public AuditEvent {
        Objects.requireNonNull(action);
        Objects.requireNonNull(entityType);
        summary = summary == null ? "" : summary;
    }

    /** An event by the authenticated caller, whose name and unit the audit context looks up. */
    public static AuditEvent of(AuditAction action, String entityType, Object entityId, String summary) {
        return new AuditEvent(action, entityType, entityId == null ? null : entityId.toString(), summary, null, null);
    }

    /**
     * An event with a named actor, for moments when there is no authenticated caller yet (a login
     * attempt) or the system itself acts (start-up, timers).
     */
    public static AuditEvent by(String actor, Long unitId, AuditAction action, String entityType, Object entityId,
                                String summary) {
        return new AuditEvent(action, entityType, entityId == null ? null : entityId.toString(), summary,
                Objects.requireNonNull(actor), unitId);
    }
}
