package org.legalaid.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * One line of a case's timeline (issue 5: "the timeline of every step from consultation to
 * archive"): when, what (a message key and its arguments), who, and a note.
 *
 * @param on        the day the step is dated (what the date logic orders)
 * @param at        when it was recorded, or null when only the day is known (e.g. a legacy step)
 * @param kindKey   the message key naming the step, e.g. {@code caseTimeline.ASSIGNED}
 * @param actor     who recorded it (user name), or null
 * @param note      what the step says, e.g. the lawyer's name, or null
 */
public record TimelineEntry(LocalDate on, LocalDateTime at, String kindKey, String actor, String note)
        implements Serializable {

    /** Oldest first: by the day, then by the moment recorded. */
    public static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::on)
            .thenComparing(TimelineEntry::at, Comparator.nullsFirst(Comparator.naturalOrder()));

    public TimelineEntry {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kindKey, "kindKey");
    }
}
