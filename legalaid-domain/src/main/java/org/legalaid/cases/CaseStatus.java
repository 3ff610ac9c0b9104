package org.legalaid.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a legal aid case stands (docs/domain.md "Case lifecycle" 8–9).
 *
 * <pre>
 *   HANDLING ──terminate (LAL art. 48)──▶ TERMINATED ─┐
 *      │                                              │
 *      └──────── closing submission (art. 50) ────────┴─▶ SUBMITTED ──review──▶ REVIEWED ──▶ ARCHIVED
 *                                                          ▲      │ defects listed
 *                                                          └─ RETURNED ◀┘
 * </pre>
 * Only an archived case may be paid (docs/domain.md 9: the centre archives the file "and only then pays
 * the subsidy").
 */
public enum CaseStatus {
    /** 办理中: the lawyer handles the case. */
    HANDLING,
    /** 已终止: aid was terminated (LAL art. 48); the lawyer still hands in the file. */
    TERMINATED,
    /** 结案待审: the lawyer handed in the closing file; the centre checks it. */
    SUBMITTED,
    /** 退回补正: the centre listed missing or defective items back to the lawyer. */
    RETURNED,
    /** 审查通过: the file is complete and reviewed; ready to archive. */
    REVIEWED,
    /** 已归档: archived; the subsidy may be paid. */
    ARCHIVED;

    /** The states in which the case is still open, i.e. not yet archived. */
    public static final Set<CaseStatus> OPEN = EnumSet.complementOf(EnumSet.of(ARCHIVED));

    /** Whether the lawyer may still record handling (meetings, hearings …). */
    public boolean isHandling() {
        return this == HANDLING;
    }

    /** Whether a closing file may be handed in (or handed in again after it was returned). */
    public boolean acceptsSubmission() {
        return this == HANDLING || this == TERMINATED || this == RETURNED;
    }

    public String labelKey() {
        return "caseStatus." + name();
    }
}
