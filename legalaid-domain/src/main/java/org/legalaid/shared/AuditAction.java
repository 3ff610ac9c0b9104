package org.legalaid.shared;

/** What an audit row records. */
public enum AuditAction {
    CREATE,
    UPDATE,
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
