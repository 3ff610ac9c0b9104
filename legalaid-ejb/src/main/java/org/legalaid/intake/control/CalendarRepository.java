package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.intake.CalendarDay;
import org.legalaid.intake.CalendarDayKind;
import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.intake.HolidayCalendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of the holiday calendar's days (a few dozen a year). Every deadline is counted on the
 * calendar as the rows stand at that moment.
 */
@ApplicationScoped
public class CalendarRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public CalendarDay add(CalendarDay d) {
        em.persist(d);
        return d;
    }

    public void remove(CalendarDay d) {
        em.remove(d);
    }

    public Optional<CalendarDay> find(long id) {
        return Optional.ofNullable(em.find(CalendarDay.class, id));
    }

    public Optional<CalendarDay> findByDate(LocalDate date) {
        return em.createQuery("select d from CalendarDay d where d.date = :date", CalendarDay.class)
                .setParameter("date", date).getResultStream().findFirst();
    }

    /** The days of a year, in date order. */
    public List<CalendarDay> findYear(int year) {
        return em.createQuery("select d from CalendarDay d where d.date >= :from and d.date < :to order by d.date",
                        CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    /**
     * The holiday calendar as the rows stand: their dates and kinds only, read at every clock that
     * starts or resumes (no managed entities built and tracked for it).
     */
    public HolidayCalendar holidayCalendar() {
        Map<LocalDate, CalendarDayKind> days = new HashMap<>();
        for (Object[] row : em.createQuery("select d.date, d.kind from CalendarDay d", Object[].class).getResultList()) {
            days.put((LocalDate) row[0], (CalendarDayKind) row[1]);
        }
        return CalendarDay.calendarOf(days);
    }

    public DeadlineCalendar deadlineCalendar() {
        return new DeadlineCalendar(holidayCalendar());
    }
}
