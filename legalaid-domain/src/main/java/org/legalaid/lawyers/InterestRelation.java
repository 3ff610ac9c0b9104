package org.legalaid.lawyers;

/**
 * How a lawyer stands to a party outside legal aid, as the lawyer declares it; the assignment's
 * conflict check reads it (Lawyers Law 律师法 art. 39, docs/domain.md "Case lifecycle" 7).
 */
public enum InterestRelation {
    /** The lawyer acts or acted for the party. */
    CLIENT,
    /** The lawyer's firm acts or acted for the party. */
    FIRM_CLIENT,
    /** The party is a close relative of the lawyer, or otherwise related. */
    RELATIVE;

    public String labelKey() {
        return "interestRelation." + name();
    }
}
