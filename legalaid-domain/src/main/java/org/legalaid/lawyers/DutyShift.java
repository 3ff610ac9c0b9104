package org.legalaid.lawyers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A duty lawyer 值班律师 on a roster: at a station (court, procuratorate, detention centre;
 * LAL art. 14) on a date and shift.
 */
public record DutyShift(long lawyerId, long stationId, LocalDate date, Shift shift) {

    public DutyShift {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(shift, "shift");
    }

    /** Same lawyer, same date, overlapping shifts — wherever the station. */
    public boolean clashesWith(DutyShift other) {
        return lawyerId == other.lawyerId && date.equals(other.date) && shift.overlaps(other.shift);
    }
}
