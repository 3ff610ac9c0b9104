package org.legalaid.intake;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When a step's time runs out, as {@link DeadlineCalendar#due} computes it.
 *
 * @param endsAt the moment the period ends, China Standard Time. For a limit in days it is
 *               midnight at the end of the last day (the period runs to 24:00 of its last day,
 *               Civil Code art. 203), i.e. 00:00 of the following day; for a limit in hours it is
 *               the exact moment. A step done at {@code endsAt} is still on time.
 * @param limit  the limit that was applied, for the screen ("7 days, LAL art. 43")
 */
public record Deadline(LocalDateTime endsAt, TimeLimit limit) implements Serializable {

    public Deadline {
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(limit, "limit");
    }

    /** The last day on which the step is on time: the due date a clerk sees. */
    public LocalDate lastDay() {
        return endsAt.minusNanos(1).toLocalDate();
    }
}
