package org.legalaid.it.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineStatus;
import org.legalaid.intake.control.StepClocks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Calls {@link StepClocks} the way an intake service does, inside a transaction of its own (the
 * control refuses to run without one), and reads the reminder rows the daily run leaves.
 */
@ApplicationScoped
@Transactional
public class ClockFixtures {

    @Inject
    private StepClocks clocks;

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public ClockItem start(long unitId, String subjectType, long subjectId, String label, ClockStep step, LocalDateTime at) {
        return clocks.start(unitId, subjectType, subjectId, label, step, at);
    }

    public Optional<ClockItem> pause(String subjectType, long subjectId, ClockStep step, LocalDateTime at) {
        return clocks.pause(subjectType, subjectId, step, at);
    }

    public Optional<ClockItem> resume(String subjectType, long subjectId, ClockStep step, LocalDateTime at) {
        return clocks.resume(subjectType, subjectId, step, at);
    }

    public Optional<ClockItem> complete(String subjectType, long subjectId, ClockStep step, LocalDateTime at) {
        return clocks.complete(subjectType, subjectId, step, at);
    }

    public List<ClockItem> findFor(String subjectType, long subjectId) {
        return clocks.findFor(subjectType, subjectId);
    }

    public List<ClockItem> findRunningDueBefore(ClockStep step, LocalDateTime moment) {
        return clocks.findRunningDueBefore(step, moment);
    }

    /** The reminders of an item: day and status, oldest first. */
    public List<Object[]> reminders(long itemId) {
        return em.createQuery("select r.remindedOn, r.status from ClockReminder r where r.itemId = :id order by r.remindedOn",
                Object[].class).setParameter("id", itemId).getResultList();
    }

    public static Object[] reminder(LocalDate day, DeadlineStatus status) {
        return new Object[]{day, status};
    }
}
