package org.legalaid.funding;

import org.legalaid.intake.MatterType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Picks the subsidy standard for a case: the standards of its matter type and stage in force on the
 * rate date, from the nearest unit up the tree that has one (the case's own unit first).
 */
public final class StandardSelector {

    private StandardSelector() {
    }

    /**
     * @param unitsNearestFirst the case's unit, then its parent, and so on up to the root
     */
    public static Optional<SubsidyStandard> select(Collection<SubsidyStandard> standards, List<Long> unitsNearestFirst,
                                                   MatterType matterType, ProcedureStage stage, LocalDate rateDate) {
        for (Long unit : unitsNearestFirst) {
            Optional<SubsidyStandard> hit = standards.stream()
                    .filter(s -> s.getUnitId() == unit && s.getMatterType() == matterType && s.getStage() == stage
                            && s.inForceOn(rateDate))
                    .findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }
}
