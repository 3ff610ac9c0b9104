package org.legalaid.quality;

/** The round of an evaluation: 初评 or 复评 (seed 004). */
public enum Round {
    INITIAL, REEVALUATION;

    public String labelKey() {
        return "quality.round." + name();
    }
}
