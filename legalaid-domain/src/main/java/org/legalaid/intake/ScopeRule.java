package org.legalaid.intake;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One item of the law that brings a matter within legal aid: the matter types it covers and,
 * when it is about the subject of the dispute, the categories. A rule matches when the type is
 * one of {@link #matterTypes()} and either {@link #categories()} is empty (any category) or holds
 * the category.
 *
 * @param code        stable name of the item, e.g. {@code LAL_31_4}; statistics and decisions
 *                    refer to it
 * @param basisKey    message key of the legal basis as a reviewer and the decision letter cite it
 * @param matterTypes the matter types the item covers, never empty
 * @param categories  the categories it covers; empty when the type alone decides
 */
public record ScopeRule(String code, String basisKey, Set<MatterType> matterTypes, Set<MatterCategory> categories) {

    public ScopeRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(basisKey, "basisKey");
        if (matterTypes.isEmpty()) {
            throw new IllegalArgumentException("a scope rule covers at least one matter type: " + code);
        }
        matterTypes = Set.copyOf(EnumSet.copyOf(matterTypes));
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    public boolean matches(MatterType type, MatterCategory category) {
        return matterTypes.contains(type) && (categories.isEmpty() || categories.contains(category));
    }
}
