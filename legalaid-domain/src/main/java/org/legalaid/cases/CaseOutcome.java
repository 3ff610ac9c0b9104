package org.legalaid.cases;

/**
 * How a case ended, as the lawyer reports it in the closing submission (LAL art. 50). The outcome
 * decides which court documents the case file must hold ({@link CaseFileItem#requiredFor}): a
 * heard case has a trial record and a signed defence or agency opinion, a case ended by the court
 * has its judgment, ruling or mediation document, a terminated case (LAL art. 48) has the
 * termination decision instead.
 */
public enum CaseOutcome {
    /** 判决: the court decided after a hearing. */
    JUDGMENT(true, true),
    /** 裁定: the court ruled (e.g. dismissal, a ruling in enforcement). */
    RULING(false, true),
    /** 调解结案: a mediation document (调解书) ended the case. */
    MEDIATION(false, true),
    /** 撤诉/撤回: the claim or the charge was withdrawn; the court's ruling allows it. */
    WITHDRAWN(false, true),
    /** 和解/非诉办结: settled out of court or a non-litigation matter ended; no court document. */
    SETTLED(false, false),
    /** 终止法律援助 (LAL art. 48): aid was terminated; the termination decision is in the file. */
    TERMINATED(false, false);

    private final boolean heard;
    private final boolean courtDocument;

    CaseOutcome(boolean heard, boolean courtDocument) {
        this.heard = heard;
        this.courtDocument = courtDocument;
    }

    /** Whether the case was heard in court: a trial record and a signed opinion belong in the file. */
    public boolean heard() {
        return heard;
    }

    /** Whether a judgment, ruling or mediation document ended the case. */
    public boolean courtDocument() {
        return courtDocument;
    }

    public String labelKey() {
        return "caseOutcome." + name();
    }
}
