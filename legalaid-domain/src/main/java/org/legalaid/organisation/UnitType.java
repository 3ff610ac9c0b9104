package org.legalaid.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of organisation unit and where each may sit in the tree (docs/domain.md "Organisation"):
 * the city justice bureau is the root; the city legal aid centre sits under it; county/district
 * centres under the city centre; workstations (at streets, courts, detention centres, labour
 * arbitration…) under a centre of either level.
 */
public enum UnitType {
    /** 司法局. */
    BUREAU,
    /** 市法律援助中心. */
    CENTRE,
    /** 区/县法律援助中心. */
    DISTRICT_CENTRE,
    /** 工作站. */
    WORKSTATION;

    /** The parent types a unit of this type may have; empty means it must be a root. */
    public Set<UnitType> allowedParents() {
        return switch (this) {
            case BUREAU -> EnumSet.noneOf(UnitType.class);
            case CENTRE -> EnumSet.of(BUREAU);
            case DISTRICT_CENTRE -> EnumSet.of(CENTRE);
            case WORKSTATION -> EnumSet.of(CENTRE, DISTRICT_CENTRE);
        };
    }

    public boolean isRoot() {
        return allowedParents().isEmpty();
    }

    public String labelKey() {
        return "unitType." + name();
    }
}
