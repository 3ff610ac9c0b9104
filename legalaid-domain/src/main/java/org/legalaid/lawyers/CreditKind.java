package org.legalaid.lawyers;

/**
 * Service other than a case that a quota rule may convert into cases (docs/domain.md "Lawyer pool":
 * one province counts 4 duty days as 1 case). Duty days come from the roster of duty lawyers
 * 值班律师 at courts, procuratorates and detention centres (LAL art. 14).
 */
public enum CreditKind {
    /** A day on duty at a station (值班日). */
    DUTY_DAY,
    /** A shift at a legal aid centre's or workstation's consultation window (窗口值班). */
    CONSULTATION_SHIFT,
    /** A shift on the 12348 public legal service hotline. */
    HOTLINE_SHIFT,
    /** A people's mediation session the lawyer led (人民调解). */
    MEDIATION_SESSION;

    public String labelKey() {
        return "creditKind." + name();
    }
}
