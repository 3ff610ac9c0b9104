package org.legalaid.funding;

/** How serious a flag is: a claim is not approved over an open {@link #HIGH} flag. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    public String labelKey() {
        return "severity." + name();
    }
}
