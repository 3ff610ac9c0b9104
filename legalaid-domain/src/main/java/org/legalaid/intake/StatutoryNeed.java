package org.legalaid.intake;

import java.io.Serializable;
import java.util.Objects;

/**
 * One requirement the law attaches to the lawyer of a case, with where it comes from (issue 21;
 * docs/domain.md "Case lifecycle" 7). The assignment applies it whatever the officer sends: it can add
 * needs, never remove these.
 *
 * @param kind     what is required
 * @param value    the district code ({@link Kind#DISTRICT}) or language code ({@link Kind#LANGUAGE});
 *                 null for the other kinds
 * @param basisKey message key of the legal basis or the source in the case's data, e.g.
 *                 {@code need.basis.lal26.lifeOrDeath} (《法律援助法》第二十六条)
 */
public record StatutoryNeed(Kind kind, String value, String basisKey) implements Serializable {

    /** The kinds of requirement a case's data can carry. */
    public enum Kind {
        /** The lawyer serves the district the case belongs to. */
        DISTRICT,
        /** 3+ years of criminal practice (LAL art. 26). */
        SENIOR_CRIMINAL,
        /** Experience with minors' cases (Law on the Protection of Minors art. 104). */
        JUVENILE,
        /** The lawyer speaks the language the client needs (sign language, a minority language). */
        LANGUAGE;

        /** Message bundle key of the label, {@code need.kind.<NAME>}. */
        public String labelKey() {
            return "need.kind." + name();
        }
    }

    public StatutoryNeed {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basisKey, "basisKey");
        if ((kind == Kind.DISTRICT || kind == Kind.LANGUAGE) == (value == null)) {
            throw new IllegalArgumentException(kind + (value == null ? " needs a value" : " takes no value"));
        }
    }
}
