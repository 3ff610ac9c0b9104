package org.legalaid.intake;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of the deadline list: an open clock item, where it stood when the list was read, and the
 * last day the daily reminder run found it overdue or due soon.
 *
 * @param item         the item
 * @param status       its status at the time of reading; null while it is paused
 * @param lastReminder the day of its latest reminder, or null when none was recorded
 */
public record DeadlineEntry(ClockItem item, DeadlineStatus status, LocalDate lastReminder) implements Serializable {

    public DeadlineEntry {
        Objects.requireNonNull(item, "item");
    }

    public boolean paused() {
        return item.state() == ClockState.PAUSED;
    }

    /** The label key of what the list shows: the status, or "paused". */
    public String statusKey() {
        return status == null ? item.state().labelKey() : status.labelKey();
    }
}
