package org.legalaid.funding;

/** A flag waits in the exceptions queue until a finance approver resolves it with a reason. */
public enum FlagState {
    OPEN, RESOLVED;

    public String labelKey() {
        return "flagState." + name();
    }
}
