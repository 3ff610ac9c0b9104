package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerAssessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Storage of annual assessments, and the counts they draw on from the refusal and assignment
 * records (read only here: those tables are written by the assignment).
 */
@ApplicationScoped
public class AssessmentRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public LawyerAssessment add(LawyerAssessment a) {
        em.persist(a);
        return a;
    }

    public void flush() {
        em.flush();
    }

    public boolean lawyerExists(long id) {
        return em.find(Lawyer.class, id) != null;
    }

    public Optional<LawyerAssessment> find(long lawyerId, int year) {
        return em.createQuery("select a from LawyerAssessment a where a.lawyerId = :l and a.year = :y", LawyerAssessment.class)
                .setParameter("l", lawyerId).setParameter("y", year).getResultStream().findFirst();
    }

    public List<LawyerAssessment> findYear(int year) {
        return em.createQuery("select a from LawyerAssessment a where a.year = :y", LawyerAssessment.class)
                .setParameter("y", year).getResultList();
    }

    /** Refusals of offered cases the lawyer made in the year (LAL art. 62, 63). */
    public int countRefusals(long lawyerId, int year) {
        Number n = (Number) em.createNativeQuery("select count(*) from lawyer_refusal where lawyer_id = ?1"
                        + " and refused_on between ?2 and ?3")
                .setParameter(1, lawyerId).setParameter(2, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(3, Date.valueOf(LocalDate.of(year, 12, 31))).getSingleResult();
        return n.intValue();
    }

    /**
     * The lawyer's assignments of the year as [assigned on, agreement signed on (or null)], for
     * the timeliness count ({@link org.legalaid.lawyers.AgreementTimeliness}).
     */
    public List<LocalDate[]> findAssignmentDates(long lawyerId, int year) {
        List<?> rows = em.createNativeQuery("select assigned_on, agreement_signed_on from assignment where lawyer_id = ?1"
                        + " and assigned_on between ?2 and ?3")
                .setParameter(1, lawyerId).setParameter(2, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(3, Date.valueOf(LocalDate.of(year, 12, 31))).getResultList();
        return rows.stream().map(r -> {
            Object[] cols = (Object[]) r;
            return new LocalDate[]{toDate(cols[0]), toDate(cols[1])};
        }).toList();
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((Date) value).toLocalDate();
    }
}
