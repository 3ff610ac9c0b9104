package org.legalaid.quality;

import org.legalaid.shared.BusinessException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of the cross-inspection (seed 000 第三阶段 "分四组进行互查活动"): the centres, in the order given, are
 * dealt round into {@code groups} groups, and group g inspects the centres of group g + 1 (the last group the
 * first) — so every centre is inspected by a group it is not in, and no centre inspects itself.
 */
public final class CrossInspection {

    private CrossInspection() {
    }

    /** A centre's place: its own group and the group that inspects it (always another). */
    public record Place(int group, int inspectedBy) {
    }

    /**
     * @throws BusinessException {@code quality.inspection.groups} (centres, groups) for fewer than 2 groups or
     *                           fewer centres than groups (a group without a centre inspects nobody)
     */
    public static Map<Long, Place> assign(List<Long> centres, int groups) {
        if (groups < 2 || centres.size() < groups || centres.stream().distinct().count() != centres.size()) {
            throw new BusinessException("quality.inspection.groups", centres.size(), groups);
        }
        Map<Long, Place> out = new LinkedHashMap<>();
        for (int i = 0; i < centres.size(); i++) {
            int g = i % groups;
            out.put(centres.get(i), new Place(g, inspectorOf(g, groups)));
        }
        return out;
    }

    /** The group that inspects the centres of group {@code g}: the one before it, round the circle. */
    public static int inspectorOf(int g, int groups) {
        return (g + groups - 1) % groups;
    }
}
