package org.legalaid.lawyers;

/**
 * Where duty lawyers 值班律师 sit (LAL art. 14: legal aid agencies station lawyers at people's
 * courts, people's procuratorates and detention centres).
 */
public enum StationType {
    COURT,
    PROCURATORATE,
    DETENTION_CENTRE;

    public String labelKey() {
        return "stationType." + name();
    }
}
