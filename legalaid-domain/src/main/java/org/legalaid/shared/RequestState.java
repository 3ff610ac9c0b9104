package org.legalaid.shared;

/** Where a change that needs a second person stands: asked for, approved or rejected. */
public enum RequestState {
    PENDING,
    APPROVED,
    REJECTED;

    public String labelKey() {
        return "requestState." + name();
    }
}
