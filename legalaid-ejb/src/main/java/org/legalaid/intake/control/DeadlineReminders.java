package org.legalaid.intake.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockReminder;
import org.legalaid.intake.DeadlineStatus;
import org.legalaid.intake.StatutoryClock;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The daily reminder run (issue 3: "a daily EJB timer records reminders"): at 6:00 China Standard
 * Time, every running clock item that is overdue or due within two days gets a reminder row for
 * the day, which the deadline list shows. One row per item and day (a unique key), so a second
 * run the same day — a restart, a manual run — adds nothing. Paused items get none: their time is
 * not running.
 *
 * <p>The timer is persistent, kept in the application's database (shared-state.cli): on a cluster
 * every node schedules it and exactly one runs it each morning (issue 20); a run missed while every
 * server was down is made once when the first comes back. Only the administrator may start a run by
 * hand.
 */
@Singleton
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

    @Inject
    private ClockRepository clocks;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    /** Called by the container, with no caller: permitted, so that no missing-permission default can refuse it. */
    @Schedule(hour = "6", minute = "0", timezone = "Asia/Shanghai", info = "deadline reminders")
    @PermitAll
    void daily() {
        remindAsOf(LocalDateTime.now(clock));
    }

    /**
     * Records the reminders of the day of {@code now}.
     *
     * @param now China Standard Time
     * @return how many reminders were recorded (0 on a second run the same day)
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public int remindAsOf(LocalDateTime now) {
        LocalDate day = now.toLocalDate();
        List<ClockItem> due = clocks.findRunningDueBefore(null, now.plus(StatutoryClock.DUE_SOON_WINDOW));
        Set<Long> already = clocks.findRemindedOn(day);
        OffsetDateTime recordedAt = OffsetDateTime.now(clock);
        int overdue = 0;
        int dueSoon = 0;
        for (ClockItem item : due) {
            DeadlineStatus status = item.status(now);
            if (already.contains(item.getId()) || status == null || status == DeadlineStatus.ON_TIME) {
                continue;
            }
            clocks.addReminder(new ClockReminder(item.getId(), day, status, recordedAt));
            if (status == DeadlineStatus.OVERDUE) {
                overdue++;
            } else {
                dueSoon++;
            }
        }
        int recorded = overdue + dueSoon;
        LOG.info(String.format("deadline reminders for %s: %d recorded (%d overdue, %d due within 2 days), %d already recorded today",
                day, recorded, overdue, dueSoon, already.size()));
        if (recorded > 0) {
            audit.fire(AuditEvent.by("system", null, AuditAction.CREATE, "ClockReminder", day,
                    recorded + " reminders for " + day + ": " + overdue + " overdue, " + dueSoon + " due within 2 days"));
        }
        return recorded;
    }
}
