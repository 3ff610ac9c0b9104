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
    VERIFY,
    /** An API token issued for credentials (issue 19: the trail records the issue, not each call). */
    ISSUE_TOKEN,
    /** Every API token of an account revoked by its holder. */
    REVOKE_TOKENS
}
