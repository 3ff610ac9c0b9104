package org.legalaid.lawyers;

/**
 * A duty shift at a station. {@link #FULL_DAY} covers the morning and the afternoon, so a lawyer
 * on a full day cannot also take a half day elsewhere.
 */
public enum Shift {
    MORNING,
    AFTERNOON,
    FULL_DAY;

    public boolean overlaps(Shift other) {
        return this == other || this == FULL_DAY || other == FULL_DAY;
    }

    public String labelKey() {
        return "shift." + name();
    }
}
