package org.legalaid.quality;

import org.legalaid.intake.MatterType;

/**
 * Which evaluation form a case is scored on: seed 004 samples "民事行政案件、刑事案件各11宗" and the
 * province's rules keep a form for each; peer evaluation (SF/T 0085-2020) covers civil and
 * administrative cases. The kind is also the sampling stratum within a unit.
 */
public enum FormKind {
    /** 刑事案件. */
    CRIMINAL,
    /** 民事、行政案件. */
    CIVIL_ADMINISTRATIVE;

    /** The form kind of a case of {@code matterType}: criminal, or civil and administrative (the rest). */
    public static FormKind of(MatterType matterType) {
        return matterType == MatterType.CRIMINAL ? CRIMINAL : CIVIL_ADMINISTRATIVE;
    }

    public String labelKey() {
        return "quality.formKind." + name();
    }
}
