package org.legalaid.quality;

/**
 * A figure the system already knows that a scorecard item asks about (issue 16 "filled in from the data"):
 * applications decided within 7 days (LAL art. 43), assignments within 3 days of the grant or notice (LAL
 * art. 36, 44), archived files without missing or defective items (the automatic check, 一案一评). The item is
 * then scored from the centre's figures for the inspection's period, not by hand.
 */
public enum DataFigure {
    DECIDED_IN_7_DAYS, ASSIGNED_IN_3_DAYS, FILES_COMPLETE;

    public String labelKey() {
        return "quality.inspection.figure." + name();
    }
}
