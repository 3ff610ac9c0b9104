package org.legalaid.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.DeadlineStatus;
import org.legalaid.shared.ChinaTime;

import java.time.LocalDateTime;

/**
 * How a statutory clock is shown wherever a page lists clocks (an application, a case): the label
 * of its state now, and the tag's colour.
 */
@Named
@ApplicationScoped
public class ClockView {

    /** The label of the clock's status now (overdue, due soon, running) or of its closed state. */
    public String labelKey(ClockReading c) {
        DeadlineStatus s = c.status(LocalDateTime.now(ChinaTime.ZONE));
        return s == null ? c.state().labelKey() : s.labelKey();
    }

    /** The CSS class of that tag: red overdue, orange due soon, green running on time, grey otherwise. */
    public String style(ClockReading c) {
        DeadlineStatus s = c.status(LocalDateTime.now(ChinaTime.ZONE));
        if (s == null) {
            return Boolean.TRUE.equals(c.late()) ? "la-status la-status-overdue" : "la-status la-status-paused";
        }
        return "la-status la-status-" + (s == DeadlineStatus.OVERDUE ? "overdue" : s == DeadlineStatus.DUE_SOON ? "due-soon" : "on-time");
    }
}
