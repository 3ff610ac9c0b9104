package org.legalaid.organisation.boundary;

import java.io.Serializable;

/**
 * A colleague as other contexts need to name them (e.g. the case supervisor of a case): user name,
 * name, unit, and how many levels above the asked-for unit that unit lies (0 = the unit itself).
 */
public record StaffMember(String username, String fullName, long unitId, String unitName, int levelsAbove)
        implements Serializable {
}
