package org.legalaid.cases;

import org.legalaid.intake.MatterType;

/**
 * The kind of proceeding a case is handled in, which decides how it can end and what documents
 * its file holds (issue 18: a labour-arbitration case was offered 判决/裁定 and asked for 判决书 and
 * 庭审笔录). Legal aid is given in litigation, in labour-dispute arbitration (LAL art. 22(6)) and in
 * non-litigation matters — negotiation, mediation, documents (LAL art. 22(4)); docs/domain.md "Case
 * lifecycle" 2 lists them as matter types.
 */
public enum Proceeding {
    /** 诉讼: a court (or, in a criminal case, the organs of the criminal procedure) ends the case. */
    LITIGATION,
    /** 劳动仲裁: a labour-dispute arbitration commission ends it by award, mediation or withdrawal. */
    ARBITRATION,
    /** 非诉: no court or tribunal; the matter ends in an agreement or when the service is done. */
    NON_LITIGATION;

    /** The proceeding of a matter type: labour arbitration and non-litigation are their own, the rest is litigation. */
    public static Proceeding of(MatterType type) {
        return switch (type) {
            case LABOUR_ARBITRATION -> ARBITRATION;
            case NON_LITIGATION -> NON_LITIGATION;
            default -> LITIGATION;
        };
    }

    public String labelKey() {
        return "proceeding." + name();
    }
}
