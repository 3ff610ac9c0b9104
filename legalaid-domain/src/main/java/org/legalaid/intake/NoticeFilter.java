package org.legalaid.intake;

import java.time.LocalDate;

/**
 * Filter of the list of notified criminal cases; null fields do not filter. Dates are days of
 * receipt in China Standard Time, both ends included.
 *
 * @param status    only notices in this status
 * @param organType only notices from this kind of organ
 * @param from      received on or after this day
 * @param to        received on or before this day
 */
public record NoticeFilter(NoticeStatus status, NotifyingOrganType organType, LocalDate from, LocalDate to) {

    public static NoticeFilter all() {
        return new NoticeFilter(null, null, null, null);
    }
}
