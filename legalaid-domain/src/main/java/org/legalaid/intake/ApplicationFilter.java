package org.legalaid.intake;

import java.time.LocalDate;

/**
 * Filter of the application list; null fields do not filter.
 *
 * @param status     only this status
 * @param unitId     only this unit (within the caller's scope)
 * @param matterType only this matter type
 * @param dueBy      only applications with an open step due on or before the end of this day
 * @param text       part of the applicant's name
 */
public record ApplicationFilter(ApplicationStatus status, Long unitId, MatterType matterType, LocalDate dueBy, String text) {

    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null, null);
    }
}
