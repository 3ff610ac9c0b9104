package org.legalaid.shared;

/** What an audit row records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    /** A record removed (only data that may be removed, e.g. a calendar day entered by mistake). */
    DELETE,
    MOVE,
    DEACTIVATE,
    REACTIVATE,
    ASSIGN_ROLES,
    RESET_PASSWORD,
    CHANGE_PASSWORD,
    READ,
    LOGIN,
    LOGIN_FAILED,
    LOCKED,
    LOGOUT,
    VERIFY
}
