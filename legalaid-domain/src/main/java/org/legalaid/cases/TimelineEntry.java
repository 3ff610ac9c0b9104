package org.legalaid.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    /**
     * The date-only milestones of a case (its {@link CaseDates}) that a timed event records as well:
     * the closing submission, its review and the archive are on the case's dates and, with the moment
     * and the person, in the closing's own lines. A legacy case has only the dates.
     */
    private static final Map<String, Set<String>> RECORDED_BY = Map.of(
            CaseMilestone.SUBMITTED.labelKey(), Set.of("caseTimeline.CLOSING_SUBMITTED"),
            CaseMilestone.REVIEWED.labelKey(), Set.of("caseTimeline.CLOSING_PASSED", "caseTimeline.CLOSING_RETURNED"),
            CaseMilestone.ARCHIVED.labelKey(), Set.of("caseTimeline.CLOSING_ARCHIVED"));

    public TimelineEntry {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kindKey, "kindKey");
    }

    /**
     * One timeline in time order (issue 18: an archived case listed its closing steps twice, the
     * date-only milestones and then the timed events again): the lines of every source, oldest first
     * ({@link #ORDER}), without a date-only milestone when a timed line of the same day records the
     * same step.
     */
    public static List<TimelineEntry> merge(Collection<TimelineEntry> lines) {
        Set<String> timed = new HashSet<>();
        for (TimelineEntry t : lines) {
            if (t.at() != null) {
                timed.add(t.on() + " " + t.kindKey());
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEntry t : lines) {
            boolean duplicate = t.at() == null && RECORDED_BY.getOrDefault(t.kindKey(), Set.of()).stream()
                    .anyMatch(k -> timed.contains(t.on() + " " + k));
            if (!duplicate) {
                out.add(t);
            }
        }
        out.sort(ORDER);
        return out;
    }
}
