package org.legalaid.intake;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A statutory clock as another context shows it (a case's clocks on the case page and the
 * lawyer's worklist): its step, due date, state and whether it ended late — a copy, not the
 * {@link ClockItem} entity, which only intake's clock engine changes.
 *
 * @param step     the step the clock times
 * @param deadline its due date with the limit applied
 * @param state    where it stands
 * @param late     whether it was completed late; {@code null} while open
 */
public record ClockReading(ClockStep step, Deadline deadline, ClockState state, Boolean late) implements Serializable {

    public ClockReading {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    /** The status at {@code now} of a running clock, as {@link ClockItem#status}; {@code null} otherwise. */
    public DeadlineStatus status(LocalDateTime now) {
        return state == ClockState.RUNNING ? StatutoryClock.status(deadline, now) : null;
    }
}
