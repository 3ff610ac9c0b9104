package org.legalaid.funding;

/** A payment batch: open for claims, written out for the bank, confirmed as paid. */
public enum BatchState {
    OPEN, EXPORTED, CONFIRMED;

    public String labelKey() {
        return "batchState." + name();
    }
}
