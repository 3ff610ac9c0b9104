package org.legalaid.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Is the matter within legal aid at all (docs/domain.md, "Case lifecycle" 4: "matter in scope")?
 * The first rule that matches decides, and its legal basis goes on the review form. A matter
 * no rule covers is reported as not listed, with the basis {@link #NOT_LISTED_KEY}: the reviewer
 * may still find a local regulation that covers it (LAL art. 31(9)) — this check informs the
 * decision, it does not take it.
 */
public final class ScopeCheck {

    /** Basis key when no item covers the matter. */
    public static final String NOT_LISTED_KEY = "intake.scope.basis.notListed";

    private ScopeCheck() {
    }

    /** Checks against the national items ({@link ScopeRules#national()}). */
    public static ScopeResult check(MatterType type, MatterCategory category) {
        return check(List.of(), type, category);
    }

    /**
     * Checks against the national items, then against {@code localAdditions} — items a
     * provincial or city regulation adds under LAL art. 31(9), maintained as data.
     */
    public static ScopeResult check(List<ScopeRule> localAdditions, MatterType type, MatterCategory category) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        List<ScopeRule> rules = new ArrayList<>(ScopeRules.national());
        rules.addAll(localAdditions);
        return rules.stream()
                .filter(rule -> rule.matches(type, category))
                .findFirst()
                .map(ScopeResult::covered)
                .orElseGet(ScopeResult::notListed);
    }
}
