package org.legalaid.intake;

/**
 * Where a notified criminal case (通知辩护) stands: received and waiting for a lawyer (the 3-day
 * clock of LAL art. 36 runs), assigned, or withdrawn by the notifying organ (the defendant hired
 * a lawyer, the case was dropped) before a lawyer was assigned.
 */
public enum NoticeStatus {
    /** 已接收，待指派. */
    RECEIVED,
    /** 已指派: set by the assignment of a lawyer. */
    ASSIGNED,
    /** 已撤回. */
    WITHDRAWN;

    /** Message bundle key of the label, {@code noticeStatus.<NAME>}. */
    public String labelKey() {
        return "noticeStatus." + name();
    }
}
