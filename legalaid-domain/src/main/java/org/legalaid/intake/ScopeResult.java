package org.legalaid.intake;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a matter is within legal aid, and why: the reviewer's form and the decision letter
 * cite {@link #basisKey()}.
 *
 * @param inScope  true when an item of the law covers the matter
 * @param basisKey message key of the item that covers it, or of {@link ScopeCheck#NOT_LISTED_KEY}
 *                 when none does
 * @param ruleCode the {@link ScopeRule#code()} that matched, or null when none did
 */
public record ScopeResult(boolean inScope, String basisKey, String ruleCode) implements Serializable {

    public ScopeResult {
        Objects.requireNonNull(basisKey, "basisKey");
        if (inScope != (ruleCode != null)) {
            throw new IllegalArgumentException("a matter is in scope exactly when a rule matched");
        }
    }

    static ScopeResult covered(ScopeRule rule) {
        return new ScopeResult(true, rule.basisKey(), rule.code());
    }

    static ScopeResult notListed() {
        return new ScopeResult(false, ScopeCheck.NOT_LISTED_KEY, null);
    }

    public Optional<String> rule() {
        return Optional.ofNullable(ruleCode);
    }
}
