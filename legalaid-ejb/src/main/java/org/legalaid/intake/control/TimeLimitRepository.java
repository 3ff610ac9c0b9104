package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.TimeLimit;
import org.legalaid.intake.TimeLimitSetting;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Storage of the time-limit settings: one row per {@link ClockStep}, seeded by the migration. */
@ApplicationScoped
public class TimeLimitRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public Optional<TimeLimitSetting> find(ClockStep step) {
        return Optional.ofNullable(em.find(TimeLimitSetting.class, step));
    }

    /**
     * The limit in force for a step: its setting, or the step's default when a step was added in
     * code before a migration gave it a row.
     */
    public TimeLimit limitFor(ClockStep step) {
        return find(step).map(TimeLimitSetting::limit).orElse(step.defaultLimit());
    }

    /** Every setting, in the order of the steps. */
    public List<TimeLimitSetting> findAll() {
        return em.createQuery("select s from TimeLimitSetting s", TimeLimitSetting.class).getResultList().stream()
                .sorted(Comparator.comparing(TimeLimitSetting::getStep)).toList();
    }

    public TimeLimitSetting add(TimeLimitSetting s) {
        em.persist(s);
        return s;
    }
}
