package org.legalaid.intake;

import java.time.LocalDate;

/**
 * Filter of the consultation list; null fields do not filter. Dates are days in China Standard
 * Time, both ends included.
 *
 * @param from    first day
 * @param to      last day
 * @param channel only this channel
 */
public record ConsultationFilter(LocalDate from, LocalDate to, ConsultationChannel channel) {

    public static ConsultationFilter all() {
        return new ConsultationFilter(null, null, null);
    }
}
