package org.legalaid.cases;

import java.util.List;

/**
 * How a case ended, as the lawyer reports it in the closing submission (LAL art. 50). The outcome
 * decides which court documents the case file must hold ({@link CaseFileItem#requiredFor}): a
 * heard case has a trial record and a signed defence or agency opinion, a case ended by the court
 * has its judgment, ruling or mediation document, a terminated case (LAL art. 48) has the
 * termination decision instead.
 *
 * <p>Which outcomes a case may end in follows its {@link Proceeding} ({@link #forProceeding}): a court
 * judges or rules, an arbitration commission makes an award (仲裁裁决), a non-litigation matter
 * ends in an agreement or when the service is done — never a 判决 in an arbitration (issue 18).
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
    TERMINATED(false, false),
    /** 仲裁裁决: the arbitration tribunal made an award after a hearing (labour arbitration only). */
    AWARD(true, false),
    /** 事务办结: a non-litigation service (advice, documents, representation in talks) done without an agreement. */
    CONCLUDED(false, false);

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

    /**
     * The outcomes a case of {@code proceeding} may be handed in with, termination aside (issue 18;
     * LAL art. 22(4), 22(6)): litigation ends by judgment, ruling, mediation, withdrawal or settlement;
     * labour arbitration by award, mediation, withdrawal of the request or settlement; a
     * non-litigation matter by an agreement (settled) or when the service is done.
     */
    public static List<CaseOutcome> forProceeding(Proceeding proceeding) {
        return switch (proceeding) {
            case LITIGATION -> List.of(JUDGMENT, RULING, MEDIATION, WITHDRAWN, SETTLED);
            case ARBITRATION -> List.of(AWARD, MEDIATION, WITHDRAWN, SETTLED);
            case NON_LITIGATION -> List.of(SETTLED, CONCLUDED);
        };
    }

    /** Whether a case of {@code proceeding} may end so (termination fits every proceeding). */
    public boolean fits(Proceeding proceeding) {
        return this == TERMINATED || forProceeding(proceeding).contains(this);
    }

    public String labelKey() {
        return "caseOutcome." + name();
    }
}
